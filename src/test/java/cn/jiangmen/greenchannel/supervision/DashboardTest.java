package cn.jiangmen.greenchannel.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The managers' dashboard (GET /api/dashboard) against the seeded data set of a few hundred
 * projects: every figure is recomputed here from the raw rows with the test's own SQL and rules
 * (the database may hold other tests' projects too, so the expectation reads the database, not only
 * the seed). A county reads its own county only, without the city's targets.
 */
@IntegrationTest
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTest {

    static final int Y = ReportSeed.YEAR;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    /** One project as the test reads it from the tables. */
    record Row(String county, String chain, boolean keyChain, boolean manufacturing, long planned, LocalDate signed,
            LocalDate registered, LocalDate started, LocalDate production) {
    }

    List<Row> rows;

    @BeforeEach
    void setUp() {
        ReportSeed.seed(jdbc);
        GreenChannelTestClock.setChinaTime(Y + "-12-31T10:00:00");
        rows = jdbc.query("""
                SELECT p.owner_county, p.chain_code, ch.key_chain, p.manufacturing, p.planned_investment,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'SIGNED') s,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'REGISTERED') r,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'CONSTRUCTION_STARTED') c,
                  (SELECT reached_on FROM greenchannel.milestone m WHERE m.project_code = p.project_code AND m.milestone_type = 'IN_PRODUCTION') pr
                FROM greenchannel.project p JOIN greenchannel.industry_chain ch ON ch.code = p.chain_code""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getLong(5),
                        date(rs.getDate(6)), date(rs.getDate(7)), date(rs.getDate(8)), date(rs.getDate(9))));
    }

    @AfterEach
    void tearDown() {
        GreenChannelTestClock.reset();
    }

    static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    JsonNode dashboard(String user, String query, int status) throws Exception {
        MvcResult result = mvc.perform(ReportsTest.as(user, get("/api/dashboard" + query))).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return json.readTree(body);
    }

    @Test
    void the_city_dashboard_matches_figures_recomputed_from_the_tables() throws Exception {
        JsonNode d = dashboard("guanli01", "?year=" + Y, 200);
        LocalDate start = LocalDate.of(Y, 1, 1);
        LocalDate asOf = LocalDate.of(Y, 12, 31);
        assertThat(d.path("asOf").asText()).isEqualTo(asOf.toString());
        assertThat(d.path("cityWide").asBoolean()).isTrue();

        List<Row> signed = rows.stream().filter(r -> in(r.signed(), start, asOf)).toList();
        assertThat(signed.size()).as("the seed signs every project in the year").isGreaterThanOrEqualTo(ReportSeed.COUNT);
        long manufacturing = signed.stream().filter(Row::manufacturing).mapToLong(Row::planned).sum();
        long major = signed.stream().filter(r -> r.planned() >= 100000).count();
        long investment = signed.stream().mapToLong(Row::planned).sum();
        long keyInvestment = signed.stream().filter(Row::keyChain).mapToLong(Row::planned).sum();
        JsonNode k = d.path("kpis");
        assertThat(k.path("signedProjects").asLong()).isEqualTo(signed.size());
        assertThat(k.path("signedInvestment").asLong()).isEqualTo(investment);
        assertThat(k.path("manufacturingInvestment").asLong()).isEqualTo(manufacturing);
        assertThat(k.path("majorProjects").asLong()).isEqualTo(major);
        assertThat(k.path("keyChainShare").asDouble()).isCloseTo((double) keyInvestment / investment,
                org.assertj.core.data.Offset.offset(0.0001));
        assertThat(k.path("registered").asLong()).isEqualTo(rows.stream().filter(r -> in(r.registered(), start, asOf)).count());
        assertThat(k.path("constructionStarted").asLong()).isEqualTo(rows.stream().filter(r -> in(r.started(), start, asOf)).count());
        assertThat(k.path("inProduction").asLong()).isEqualTo(rows.stream().filter(r -> in(r.production(), start, asOf)).count());
        Map<String, Long> overdue = ReportsTest.overdueItemsPerCountyFromTheDatabase(jdbc, asOf);
        assertThat(k.path("overdueItems").asLong()).isEqualTo(overdue.getOrDefault("city", 0L));

        // targets of the annual-targets decision, met or not
        JsonNode t = d.path("targets");
        assertThat(t.path("manufacturingInvestmentTarget").asLong()).isEqualTo(16_000_000L);
        assertThat(t.path("manufacturingInvestmentYtd").asLong()).isEqualTo(manufacturing);
        assertThat(t.path("manufacturingInvestmentMet").asBoolean()).isEqualTo(manufacturing >= 16_000_000L);
        assertThat(t.path("majorProjectsMet").asBoolean()).isEqualTo(major >= 40);
        assertThat(t.path("keyChainShareMet").asBoolean()).isEqualTo((double) keyInvestment / investment >= 0.8);

        // twelve months: signed in the month, cumulative manufacturing against the pro-rata target
        JsonNode months = d.path("months");
        assertThat(months).hasSize(12);
        long cumulative = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(Y, m, 1);
            LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
            List<Row> inMonth = signed.stream().filter(r -> in(r.signed(), first, last)).toList();
            cumulative += inMonth.stream().filter(Row::manufacturing).mapToLong(Row::planned).sum();
            JsonNode month = months.get(m - 1);
            assertThat(month.path("period").asText()).isEqualTo(String.format("%d-%02d", Y, m));
            assertThat(month.path("signedProjects").asLong()).as("month " + m).isEqualTo(inMonth.size());
            assertThat(month.path("signedInvestment").asLong()).isEqualTo(inMonth.stream().mapToLong(Row::planned).sum());
            assertThat(month.path("manufacturingInvestmentYtd").asLong()).as("month " + m).isEqualTo(cumulative);
            assertThat(month.path("manufacturingTargetToDate").asLong()).isEqualTo(Math.round(16_000_000.0 * m / 12));
        }
        assertThat(months.get(5).path("manufacturingTargetToDate").asLong()).isEqualTo(8_000_000L);

        // the funnel of the year's signed projects
        assertFunnel(d.path("funnel"), signed, asOf);

        // per county: the funnel of its signed projects and its overdue items
        List<String> counties = new ArrayList<>();
        for (JsonNode c : d.path("counties")) {
            String county = c.path("county").asText();
            counties.add(county);
            List<Row> own = signed.stream().filter(r -> r.county().equals(county)).toList();
            assertThat(c.path("signedProjects").asLong()).as(county).isEqualTo(own.size());
            assertThat(c.path("signedInvestment").asLong()).as(county).isEqualTo(own.stream().mapToLong(Row::planned).sum());
            assertFunnel(c.path("funnel"), own, asOf);
            assertThat(c.path("overdueItems").asLong()).as(county).isEqualTo(overdue.getOrDefault(county, 0L));
        }
        assertThat(counties).containsExactly("pengjiang", "jianghai", "xinhui", "taishan", "kaiping", "heshan", "enping");

        // per chain
        for (JsonNode ch : d.path("chains")) {
            Predicate<Row> of = r -> r.chain().equals(ch.path("chain").asText());
            assertThat(ch.path("signedProjects").asLong()).as(ch.toString()).isEqualTo(signed.stream().filter(of).count());
            assertThat(ch.path("signedInvestment").asLong())
                    .isEqualTo(signed.stream().filter(of).mapToLong(Row::planned).sum());
        }
        assertThat(d.path("chains").findValuesAsText("chain")).contains("advanced-materials", "other");

        // the green channel by department: every case counted once
        long cases = 0;
        for (JsonNode g : d.path("greenChannel")) {
            cases += g.path("cases").asLong();
            assertThat(g.path("departmentName").asText()).isNotBlank();
            assertThat(g.path("standardCases").asLong() + g.path("commitmentCases").asLong()
                    + g.path("tolerantCases").asLong()).isLessThanOrEqualTo(g.path("cases").asLong());
        }
        assertThat(cases).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.approval_case", Long.class));
    }

    void assertFunnel(JsonNode funnel, List<Row> signed, LocalDate asOf) {
        assertThat(funnel.path("signed").asLong()).isEqualTo(signed.size());
        assertThat(funnel.path("registered").asLong())
                .isEqualTo(signed.stream().filter(r -> r.registered() != null && !r.registered().isAfter(asOf)).count());
        assertThat(funnel.path("constructionStarted").asLong())
                .isEqualTo(signed.stream().filter(r -> r.started() != null && !r.started().isAfter(asOf)).count());
        assertThat(funnel.path("inProduction").asLong())
                .isEqualTo(signed.stream().filter(r -> r.production() != null && !r.production().isAfter(asOf)).count());
        assertThat(funnel.path("signed").asLong()).isGreaterThanOrEqualTo(funnel.path("registered").asLong());
    }

    @Test
    void a_county_reads_its_own_county_without_city_targets_and_a_department_reads_nothing() throws Exception {
        JsonNode d = dashboard("kaiping01", "?year=" + Y, 200);
        assertThat(d.path("cityWide").asBoolean()).isFalse();
        assertThat(d.path("targets").isNull()).isTrue();
        assertThat(d.path("greenChannel").isNull()).isTrue();
        assertThat(d.path("counties").findValuesAsText("county")).containsExactly("kaiping");
        LocalDate start = LocalDate.of(Y, 1, 1);
        LocalDate asOf = LocalDate.of(Y, 12, 31);
        List<Row> own = rows.stream().filter(r -> r.county().equals("kaiping") && in(r.signed(), start, asOf)).toList();
        assertThat(own).isNotEmpty();
        assertThat(d.path("kpis").path("signedProjects").asLong()).isEqualTo(own.size());
        assertThat(d.path("kpis").path("manufacturingInvestment").asLong())
                .isEqualTo(own.stream().filter(Row::manufacturing).mapToLong(Row::planned).sum());
        assertFunnel(d.path("funnel"), own, asOf);
        assertThat(d.path("months")).hasSize(12).allSatisfy(m -> {
            assertThat(m.path("manufacturingTargetToDate").isNull()).as("no city target for a county").isTrue();
            assertThat(m.path("majorTargetToDate").isNull()).isTrue();
        });

        assertThat(dashboard("ziran01", "?year=" + Y, 403).path("code").asText()).isEqualTo("GC-AUTH-403");
        assertThat(dashboard("zhongxin01", "?year=1999", 400).path("code").asText()).isEqualTo("GC-RPT-400");
    }

    @Test
    void a_past_year_is_reported_as_of_its_last_day_and_a_future_year_has_no_months() throws Exception {
        JsonNode past = dashboard("lingdao01", "?year=" + (Y - 1), 200);
        assertThat(past.path("asOf").asText()).isEqualTo((Y - 1) + "-12-31");
        assertThat(past.path("months")).hasSize(12);
        JsonNode future = dashboard("lingdao01", "?year=" + (Y + 1), 200);
        assertThat(future.path("months")).isEmpty();
        assertThat(future.path("kpis").path("signedProjects").asLong()).isZero();
    }

    @Test
    void the_filter_lists_are_the_reference_tables_and_a_county_gets_its_own_county_only() throws Exception {
        MvcResult city = mvc.perform(ReportsTest.as("zhongxin01", get("/api/report-options"))).andReturn();
        JsonNode options = json.readTree(city.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(options.path("counties")).hasSize(7);
        assertThat(options.path("chains").size()).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.industry_chain", Integer.class));
        assertThat(options.path("statuses").findValuesAsText("label")).contains("已签约", "流失");
        assertThat(options.path("tiers").findValuesAsText("code")).containsExactly("MAJOR", "LEDGER", "GENERAL");
        MvcResult county = mvc.perform(ReportsTest.as("enping01", get("/api/report-options"))).andReturn();
        assertThat(json.readTree(county.getResponse().getContentAsString(StandardCharsets.UTF_8)).path("counties")
                .findValuesAsText("code")).containsExactly("enping");
    }
}
