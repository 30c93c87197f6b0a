package cn.jiangmen.greenchannel.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ledger, the bulletin's figures and the annual assessment over /api against a seeded data set
 * of a few hundred projects, with expectations computed in the test; access per group; .xlsx export.
 */
@IntegrationTest
@SpringBootTest
@AutoConfigureMockMvc
class ReportsTest {

    static final String PASSWORD = "Demo@2026jm";
    static final int Y = ReportSeed.YEAR;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    List<ReportSeed.P> seed;

    @BeforeEach
    void setUp() {
        seed = ReportSeed.seed(jdbc);
        GreenChannelTestClock.setChinaTime(Y + "-12-31T10:00:00");
    }

    @AfterEach
    void tearDown() {
        GreenChannelTestClock.reset();
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    MvcResult call(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(as(user, request)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result;
    }

    JsonNode getJson(String user, String url) throws Exception {
        return json.readTree(call(user, get(url), 200).getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Every row of a filtered ledger, page by page (size 200, the maximum). */
    List<JsonNode> allPages(String user, String filters) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        long total = -1;
        for (int page = 0; ; page++) {
            JsonNode body = getJson(user, "/api/ledger?" + filters + "&size=200&page=" + page);
            total = body.path("total").asLong();
            body.path("rows").forEach(rows::add);
            if (body.path("rows").size() < 200) {
                break;
            }
        }
        assertThat(rows).hasSize((int) total);
        return rows;
    }

    List<ReportSeed.P> expected(Predicate<ReportSeed.P> filter) {
        return seed.stream().filter(p -> p.planned() >= 10000).filter(filter)
                .sorted(Comparator.comparing(ReportSeed.P::code)).toList();
    }

    // ---- ledger --------------------------------------------------------------------------------

    @Test
    void the_ledger_has_one_row_per_project_of_at_least_1_yi_with_its_milestones_flags_and_transfers() throws Exception {
        List<JsonNode> rows = allPages("zhongxin01", "year=" + Y);
        List<ReportSeed.P> expected = expected(p -> true);
        assertThat(expected.size()).isBetween(150, 300);
        assertThat(rows).extracting(r -> r.path("projectCode").asText())
                .containsExactlyElementsOf(expected.stream().map(ReportSeed.P::code).toList());
        LocalDate today = LocalDate.of(Y, 12, 31);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            ReportSeed.P p = expected.get(i);
            assertThat(r.path("countyName").asText()).isEqualTo(ReportSeed.countyName(p.county()));
            assertThat(r.path("tier").asText()).isEqualTo(p.tier());
            assertThat(r.path("plannedInvestment").asLong()).isEqualTo(p.planned());
            assertThat(r.path("investorOrigin").asText()).isEqualTo(p.origin());
            assertThat(r.path("status").asText()).isEqualTo(p.status());
            assertThat(r.path("statusLabel").asText()).isEqualTo(
                    cn.jiangmen.greenchannel.project.ProjectStatus.valueOf(p.status()).label());
            assertThat(r.path("signedOn").asText()).isEqualTo(p.signed().toString());
            assertThat(text(r, "registeredOn")).isEqualTo(str(p.registered()));
            assertThat(text(r, "constructionStartedOn")).isEqualTo(str(p.started()));
            assertThat(text(r, "productionStartedOn")).isEqualTo(str(p.production()));
            List<String> overdue = new ArrayList<>();
            r.path("overdueMilestones").forEach(n -> overdue.add(n.asText()));
            assertThat(overdue).as(p.code()).isEqualTo(p.overdue(today));
            assertThat(r.path("transferHistory").asText()).isEqualTo(p.transferFrom() == null ? ""
                    : ReportSeed.countyName(p.transferFrom()) + "→" + ReportSeed.countyName(p.county()) + " "
                            + p.signed() + " 已承接");
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.path("chainName").asText()).isEqualTo("新能源"));
    }

    @Test
    void filters_and_paging_match_the_independent_count() throws Exception {
        assertThat(allPages("guanli01", "year=" + Y + "&county=xinhui")).hasSize(expected(p -> p.county().equals("xinhui")).size());
        assertThat(allPages("guanli01", "year=" + Y + "&chain=new-energy")).hasSize(expected(p -> p.chain().equals("new-energy")).size());
        assertThat(allPages("guanli01", "year=" + Y + "&tier=MAJOR")).hasSize(expected(p -> p.planned() >= 100000).size());
        assertThat(allPages("guanli01", "year=" + Y + "&status=UNDER_CONSTRUCTION"))
                .hasSize(expected(p -> p.status().equals("UNDER_CONSTRUCTION")).size());
        assertThat(allPages("guanli01", "year=" + (Y + 1))).isEmpty();

        // page 1 of size 7, sorted by planned investment descending, ties by code
        List<ReportSeed.P> byInvestment = new ArrayList<>(expected(p -> true));
        byInvestment.sort(Comparator.comparingLong(ReportSeed.P::planned).reversed().thenComparing(ReportSeed.P::code));
        JsonNode page = getJson("lingdao01", "/api/ledger?year=" + Y + "&sort=plannedInvestment,desc&page=1&size=7");
        assertThat(page.path("total").asLong()).isEqualTo(byInvestment.size());
        assertThat(page.path("threshold").asLong()).as("from project-tier").isEqualTo(10000);
        List<String> codes = new ArrayList<>();
        page.path("rows").forEach(r -> codes.add(r.path("projectCode").asText()));
        assertThat(codes).containsExactlyElementsOf(byInvestment.subList(7, 14).stream().map(ReportSeed.P::code).toList());

        call("zhongxin01", get("/api/ledger?size=201"), 400);
        call("zhongxin01", get("/api/ledger?size=0"), 400);
        call("zhongxin01", get("/api/ledger?page=-1"), 400);
        JsonNode bad = json.readTree(call("zhongxin01", get("/api/ledger?sort=password"), 400).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(bad.path("code").asText()).isEqualTo("GC-LED-002");
        call("zhongxin01", get("/api/ledger?status=NOPE"), 400);
    }

    @Test
    void a_county_reads_its_own_rows_only_and_others_are_refused() throws Exception {
        List<JsonNode> own = allPages("xinhui01", "year=" + Y);
        assertThat(own).isNotEmpty().allSatisfy(r -> assertThat(r.path("county").asText()).isEqualTo("xinhui"));
        assertThat(own).hasSize(expected(p -> p.county().equals("xinhui")).size());
        assertThat(allPages("xinhui01", "year=" + Y + "&county=xinhui")).hasSize(own.size());
        JsonNode refused = json.readTree(call("xinhui01", get("/api/ledger?county=taishan"), 403).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.path("code").asText()).isEqualTo("GC-RPT-403");
        call("xinhui01", get("/api/ledger/export.xlsx?county=taishan"), 403);
        call("fagai01", get("/api/ledger"), 403);
        call("lian01", get("/api/ledger/export.xlsx"), 403);
        call("fagai01", get("/api/bulletins"), 403);
        call("fagai01", get("/api/assessments/" + Y), 403);
        assertThat(mvc.perform(get("/api/ledger")).andReturn().getResponse().getStatus()).isEqualTo(401);
        call("admin", get("/api/ledger?year=" + Y + "&county=taishan"), 200);
        // a county sees its own county's assessment row and bulletin row only, no city totals
        JsonNode assessment = getJson("taishan01", "/api/assessments/" + Y);
        assertThat(assessment.path("counties")).hasSize(1);
        assertThat(assessment.path("counties").get(0).path("county").asText()).isEqualTo("taishan");
        JsonNode preview = json.readTree(call("taishan01", post("/api/bulletins/preview")
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"" + Y + "-05\"}"), 200)
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(preview.path("counties")).hasSize(1);
        assertThat(preview.path("city").isNull()).isTrue();
    }

    @Test
    void the_xlsx_export_opens_with_poi_and_has_the_chinese_headers_and_the_rows() throws Exception {
        MvcResult result = call("guanli01",
                get("/api/ledger/export.xlsx?year=" + Y + "&county=kaiping&sort=plannedInvestment,desc"), 200);
        assertThat(result.getResponse().getContentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<ReportSeed.P> expected = new ArrayList<>(expected(p -> p.county().equals("kaiping")));
        expected.sort(Comparator.comparingLong(ReportSeed.P::planned).reversed().thenComparing(ReportSeed.P::code));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("亿元以上项目台账");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("项目编号", "项目名称", "所属县（市、区）", "产业链", "项目层级", "投资方来源",
                    "计划投资（万元）", "实际投资（万元）", "项目状态", "签约日期", "注册日期", "开工日期", "投产日期",
                    "是否逾期", "逾期事项", "流转记录");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 1);
                ReportSeed.P p = expected.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(p.code());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("开平市");
                assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(p.planned());
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo(p.signed().toString());
            }
        }
    }

    // ---- bulletin figures ----------------------------------------------------------------------

    @Test
    void the_bulletin_preview_counts_what_the_seed_says_and_is_not_stored() throws Exception {
        YearMonth may = YearMonth.of(Y, 5);
        JsonNode b = json.readTree(call("zhongxin01", post("/api/bulletins/preview")
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"" + may + "\"}"), 200)
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(b.path("official").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.bulletin WHERE period = ?", Integer.class,
                may.toString())).isZero();
        LocalDate first = may.atDay(1);
        LocalDate last = may.atEndOfMonth();
        Map<String, Long> overdueAll = overdueItemsPerCountyFromTheDatabase(jdbc, last.plusDays(1));
        List<JsonNode> rows = new ArrayList<>();
        b.path("counties").forEach(rows::add);
        rows.add(b.path("city"));
        for (JsonNode f : rows) {
            String county = f.path("county").asText();
            Predicate<ReportSeed.P> in = p -> county.equals("city") || p.county().equals(county);
            List<ReportSeed.P> signed = seed.stream().filter(in).filter(p -> within(p.signed(), first, last)).toList();
            long signedInv = signed.stream().mapToLong(ReportSeed.P::planned).sum();
            long keyInv = signed.stream().filter(ReportSeed.P::keyChain).mapToLong(ReportSeed.P::planned).sum();
            assertThat(f.path("signedProjects").asLong()).as(county).isEqualTo(signed.size());
            assertThat(f.path("signedInvestment").asLong()).as(county).isEqualTo(signedInv);
            assertThat(f.path("majorProjectsSigned").asLong()).as(county)
                    .isEqualTo(signed.stream().filter(p -> p.planned() >= 100000).count());
            if (signedInv > 0) {
                assertThat(f.path("keyChainShare").asDouble()).as(county)
                        .isCloseTo((double) keyInv / signedInv, org.assertj.core.data.Offset.offset(0.0001));
            }
            assertThat(f.path("registered").asLong()).as(county)
                    .isEqualTo(seed.stream().filter(in).filter(p -> within(p.registered(), first, last)).count());
            assertThat(f.path("constructionStarted").asLong()).as(county)
                    .isEqualTo(seed.stream().filter(in).filter(p -> within(p.started(), first, last)).count());
            assertThat(f.path("inProduction").asLong()).as(county)
                    .isEqualTo(seed.stream().filter(in).filter(p -> within(p.production(), first, last)).count());
            assertThat(f.path("overdueItems").asLong()).as(county).isEqualTo(overdueAll.getOrDefault(county, 0L));
            List<ReportSeed.P> ytd = seed.stream().filter(in)
                    .filter(p -> within(p.signed(), LocalDate.of(Y, 1, 1), last)).toList();
            assertThat(f.path("signedProjectsYtd").asLong()).isEqualTo(ytd.size());
            assertThat(f.path("manufacturingInvestmentYtd").asLong())
                    .isEqualTo(ytd.stream().filter(ReportSeed.P::manufacturing).mapToLong(ReportSeed.P::planned).sum());
            assertThat(f.path("majorProjectsYtd").asLong()).isEqualTo(ytd.stream().filter(p -> p.planned() >= 100000).count());
        }
        JsonNode t = b.path("targets");
        assertThat(t.path("manufacturingInvestmentTarget").asLong()).isEqualTo(16_000_000L);
        assertThat(t.path("majorProjectTarget").asLong()).isEqualTo(40);
        assertThat(t.path("keyChainShareTarget").asDouble()).isEqualTo(0.8);
        long majorYtd = seed.stream().filter(p -> within(p.signed(), LocalDate.of(Y, 1, 1), last))
                .filter(p -> p.planned() >= 100000).count();
        assertThat(t.path("majorProjectsMet").asBoolean()).isEqualTo(majorYtd >= 40);
        call("zhongxin01", post("/api/bulletins/preview").contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2031-5\"}"), 400);
        call("zhongxin01", get("/api/bulletins/2031-04"), 404);
    }

    /**
     * Overdue agreement items per county (and "city") as of {@code today}, computed from the raw rows
     * of every project in the database (other tests' projects too), with the test's own rule.
     */
    static Map<String, Long> overdueItemsPerCountyFromTheDatabase(JdbcTemplate jdbc, LocalDate today) {
        Map<String, Long> out = new HashMap<>();
        Set<String> finals = Set.of("DROPPED", "ABANDONED", "NOT_INTRODUCED", "LOST", "STOPPED", "CLOSED");
        jdbc.query("""
                SELECT p.owner_county, p.status, a.planned_registration_date, a.planned_start_date, a.planned_production_date,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'REGISTERED') r,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'CONSTRUCTION_STARTED') s,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'IN_PRODUCTION') pr
                FROM greenchannel.project p JOIN greenchannel.agreement a ON a.project_code = p.project_code""", rs -> {
            if (finals.contains(rs.getString("status"))) {
                return;
            }
            long n = 0;
            String[][] pairs = {{"planned_registration_date", "r"}, {"planned_start_date", "s"}, {"planned_production_date", "pr"}};
            for (String[] pair : pairs) {
                LocalDate planned = rs.getDate(pair[0]).toLocalDate();
                java.sql.Date reached = rs.getDate(pair[1]);
                if (planned.isBefore(today) && (reached == null || !reached.toLocalDate().isBefore(today))) {
                    n++;
                }
            }
            out.merge(rs.getString("owner_county"), n, Long::sum);
            out.merge("city", n, Long::sum);
        });
        return out;
    }

    // ---- assessment ----------------------------------------------------------------------------

    @Test
    void the_assessment_ranks_counties_by_landed_projects_and_output_per_mu_with_the_decision_weights() throws Exception {
        JsonNode a = getJson("lingdao01", "/api/assessments/" + Y);
        assertThat(a.path("weights").path("registered").asDouble()).isEqualTo(0.2);
        LocalDate first = LocalDate.of(Y, 1, 1);
        LocalDate last = LocalDate.of(Y, 12, 31);
        Map<String, double[]> raw = new HashMap<>();
        for (String county : ReportSeed.COUNTIES) {
            List<ReportSeed.P> mine = seed.stream().filter(p -> p.county().equals(county)).toList();
            double reg = mine.stream().filter(p -> within(p.registered(), first, last)).count();
            double started = mine.stream().filter(p -> within(p.started(), first, last)).count();
            double prod = mine.stream().filter(p -> within(p.production(), first, last)).count();
            List<ReportSeed.P> evaluated = mine.stream().filter(p -> p.evaluated() != null).toList();
            double land = evaluated.stream().mapToDouble(ReportSeed.P::evalLand).sum();
            double out = land == 0 ? 0 : evaluated.stream().mapToLong(ReportSeed.P::evalOutput).sum() / land;
            double tax = land == 0 ? 0 : evaluated.stream().mapToLong(ReportSeed.P::evalTax).sum() / land;
            raw.put(county, new double[] {reg, started, prod, out, tax});
        }
        double[] max = new double[5];
        raw.values().forEach(v -> {
            for (int i = 0; i < 5; i++) {
                max[i] = Math.max(max[i], v[i]);
            }
        });
        Map<String, Double> score = new HashMap<>();
        raw.forEach((county, v) -> {
            double s = 0;
            for (int i = 0; i < 5; i++) {
                s += 0.2 * (max[i] == 0 ? 0 : v[i] / max[i] * 100);
            }
            score.put(county, Math.round(s * 100) / 100.0);
        });
        List<String> expectedOrder = ReportSeed.COUNTIES.stream()
                .sorted(Comparator.comparing((String c) -> -score.get(c))).toList();
        List<JsonNode> rows = new ArrayList<>();
        a.path("counties").forEach(rows::add);
        assertThat(rows).extracting(r -> r.path("county").asText()).containsExactlyElementsOf(expectedOrder);
        for (JsonNode r : rows) {
            String county = r.path("county").asText();
            double[] v = raw.get(county);
            assertThat(r.path("registered").asLong()).as(county).isEqualTo((long) v[0]);
            assertThat(r.path("constructionStarted").asLong()).as(county).isEqualTo((long) v[1]);
            assertThat(r.path("inProduction").asLong()).as(county).isEqualTo((long) v[2]);
            assertThat(r.path("score").asDouble()).as(county).isCloseTo(score.get(county),
                    org.assertj.core.data.Offset.offset(0.011));
        }
        assertThat(rows.get(0).path("rank").asInt()).isEqualTo(1);
        Set<Integer> ranks = new LinkedHashSet<>();
        rows.forEach(r -> ranks.add(r.path("rank").asInt()));
        assertThat(ranks.stream().sorted().collect(Collectors.toList())).isEqualTo(new ArrayList<>(ranks));
    }

    static boolean within(LocalDate d, LocalDate first, LocalDate last) {
        return d != null && !d.isBefore(first) && !d.isAfter(last);
    }

    static String text(JsonNode row, String field) {
        return row.path(field).isNull() || row.path(field).isMissingNode() ? null : row.path(field).asText();
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
