package cn.jiangmen.greenchannel.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 月通报 over REST: {@code GET /api/bulletins} (official ones, newest first),
 * {@code GET /api/bulletins/{yyyy-MM}}, {@code GET /api/bulletins/{yyyy-MM}/export.xlsx} and
 * {@code POST /api/bulletins/preview} ({"period": "yyyy-MM"}; computed now, marked
 * {@code official: false}, never stored). City readers see every county and the city-wide figures;
 * a county bureau sees its own county's row only.
 */
@RestController
@RequestMapping("/api/bulletins")
public class BulletinController {

    static final List<String> HEADERS = List.of("县（市、区）", "本月签约项目数", "本月签约计划投资（万元）",
            "本月10亿元以上项目数", "本月重点产业链投资占比", "本月注册项目数", "本月开工项目数", "本月投产项目数",
            "月末逾期事项数", "年度累计签约项目数", "年度累计签约计划投资（万元）", "年度累计制造业计划投资（万元）",
            "年度累计10亿元以上项目数", "年度累计重点产业链投资占比");

    private final BulletinService bulletins;
    private final ReportAccess access;

    public BulletinController(BulletinService bulletins, ReportAccess access) {
        this.bulletins = bulletins;
        this.access = access;
    }

    @GetMapping
    public List<Bulletin> list() {
        ReportAccess.Scope scope = access.scope();
        return bulletins.list().stream().map(b -> visible(b, scope)).toList();
    }

    @GetMapping("/{period:\\d{4}-\\d{2}}")
    public Bulletin get(@PathVariable("period") String period) {
        ReportAccess.Scope scope = access.scope();
        return visible(official(period), scope);
    }

    @PostMapping("/preview")
    public Bulletin preview(@RequestBody(required = false) Map<String, String> body,
            @RequestParam(name = "period", required = false) String periodParam) {
        ReportAccess.Scope scope = access.scope();
        String period = periodParam != null ? periodParam : body == null ? null : body.get("period");
        return visible(bulletins.preview(BulletinService.parsePeriod(period)), scope);
    }

    @GetMapping("/{period:\\d{4}-\\d{2}}/export.xlsx")
    public ResponseEntity<byte[]> export(@PathVariable("period") String period) {
        ReportAccess.Scope scope = access.scope();
        Bulletin b = visible(official(period), scope);
        List<List<Object>> rows = new ArrayList<>();
        for (BulletinFigures f : b.counties()) {
            rows.add(row(f));
        }
        if (b.city() != null) {
            rows.add(row(b.city()));
        }
        List<Xlsx.SheetData> sheets = new ArrayList<>();
        sheets.add(new Xlsx.SheetData(b.period() + "月通报", HEADERS, rows));
        if (b.targets() != null) {
            Bulletin.Targets t = b.targets();
            sheets.add(new Xlsx.SheetData("年度目标", List.of("指标", "年度目标", "年度累计", "是否达成"), List.of(
                    Arrays.asList("制造业计划投资（万元）", t.manufacturingInvestmentTarget(), t.manufacturingInvestmentYtd(),
                            t.manufacturingInvestmentMet()),
                    Arrays.asList("10亿元以上项目数", t.majorProjectTarget(), t.majorProjectsYtd(), t.majorProjectsMet()),
                    Arrays.asList("重点产业链投资占比", t.keyChainShareTarget(), t.keyChainShareYtd(), t.keyChainShareMet()))));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Xlsx.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bulletin-" + b.period() + ".xlsx\"")
                .body(Xlsx.write(sheets));
    }

    private Bulletin official(String period) {
        YearMonth month = BulletinService.parsePeriod(period);
        return bulletins.official(month).orElseThrow(() -> new ReportNotFound("GC-BUL-404", month + " 月通报尚未生成"));
    }

    static Bulletin visible(Bulletin b, ReportAccess.Scope scope) {
        if (scope.all()) {
            return b;
        }
        return b.withCounties(null, b.counties().stream().filter(f -> scope.allows(f.county())).toList());
    }

    static List<Object> row(BulletinFigures f) {
        return Arrays.asList(f.countyName(), f.signedProjects(), f.signedInvestment(), f.majorProjectsSigned(),
                f.keyChainShare(), f.registered(), f.constructionStarted(), f.inProduction(), f.overdueItems(),
                f.signedProjectsYtd(), f.signedInvestmentYtd(), f.manufacturingInvestmentYtd(), f.majorProjectsYtd(),
                f.keyChainShareYtd());
    }
}
