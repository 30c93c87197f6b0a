package cn.jiangmen.greenchannel.supervision;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ledger} (paged JSON) and {@code GET /api/ledger/export.xlsx} (same filters, every
 * row, Chinese headers). Read by the city centre, city leaders, managers and administrators (every
 * county) and by a county bureau (its own county only; another county named explicitly is a 403).
 */
@RestController
@RequestMapping("/api/ledger")
public class LedgerController {

    static final List<String> HEADERS = List.of("项目编号", "项目名称", "所属县（市、区）", "产业链", "项目层级", "投资方来源",
            "计划投资（万元）", "实际投资（万元）", "项目状态", "签约日期", "注册日期", "开工日期", "投产日期",
            "是否逾期", "逾期事项", "流转记录");

    private final LedgerService ledger;
    private final ReportAccess access;

    public LedgerController(LedgerService ledger, ReportAccess access) {
        this.ledger = ledger;
        this.access = access;
    }

    @GetMapping
    public LedgerPage page(@RequestParam(name = "county", required = false) String county,
            @RequestParam(name = "chain", required = false) String chain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "size", required = false) Integer size) {
        List<String> counties = access.counties(access.scope(), county);
        return ledger.page(LedgerQuery.of(counties, chain, tier, year, status, sort, page, size));
    }

    @GetMapping("/export.xlsx")
    public ResponseEntity<byte[]> export(@RequestParam(name = "county", required = false) String county,
            @RequestParam(name = "chain", required = false) String chain,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "sort", required = false) String sort) {
        List<String> counties = access.counties(access.scope(), county);
        LedgerPage all = ledger.page(LedgerQuery.of(counties, chain, tier, year, status, sort, 0, 1).unpaged());
        byte[] xlsx = Xlsx.write(List.of(new Xlsx.SheetData("亿元以上项目台账", HEADERS, rows(all.rows()))));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Xlsx.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("亿元以上项目台账.xlsx", java.nio.charset.StandardCharsets.UTF_8))
                .body(xlsx);
    }

    static List<List<Object>> rows(List<LedgerRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (LedgerRow r : rows) {
            out.add(java.util.Arrays.asList(r.projectCode(), r.name(), r.countyName(), r.chainName(), r.tierLabel(),
                    r.investorOriginLabel(), r.plannedInvestment(), r.actualInvestment(), r.statusLabel(),
                    r.signedOn(), r.registeredOn(), r.constructionStartedOn(), r.productionStartedOn(),
                    r.overdue(), overdueText(r), r.transferHistory()));
        }
        return out;
    }

    static String overdueText(LedgerRow r) {
        List<String> parts = new ArrayList<>();
        for (String m : r.overdueMilestones()) {
            parts.add(m + "逾期");
        }
        if (r.overdueTask()) {
            parts.add("待办事项逾期");
        }
        return String.join("、", parts);
    }
}
