package cn.jiangmen.greenchannel.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.supervision.ReportSeed;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report pages of the Cockpit plugin (招商看板, 项目台账, 月通报, 年考核) in a real browser, over
 * the webapps' own login and session: a manager sees the city's KPI cards and charts on the seeded
 * data set, the ledger's total and its Excel link, previews a bulletin (a POST that needs the
 * session's XSRF token); a county user's ledger offers and shows its own county only. Screenshots
 * in target/screenshots/ (cockpit-*.png).
 */
@Tag("browser")
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class CockpitReportsBrowserTest {

    private static final String PASSWORD = "Demo@2026jm";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final int Y = ReportSeed.YEAR;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private HeadlessChromium browser;

    @BeforeAll
    static void chromiumIsInstalled() throws IOException {
        GreenChannelTestClock.useChinaTimeZoneOnce();
        HeadlessChromium.requireInstalled();
        HeadlessChromium.deleteScreenshots("cockpit-");
    }

    @BeforeEach
    void seed() {
        ReportSeed.seed(jdbc);
        GreenChannelTestClock.setChinaTime(Y + "-12-31T10:00:00");
    }

    @AfterEach
    void closeBrowser() {
        GreenChannelTestClock.reset();
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_manager_reads_the_dashboard_ledger_and_bulletins_inside_cockpit() {
        browser = HeadlessChromium.start("http://localhost:" + port, "zh-CN,zh", "cockpit");
        try {
            browser.open(COCKPIT);
            browser.logIn("guanli01", PASSWORD);
            // Cockpit's start page carries the year's headline figures (the server's year: the test clock's)
            WebElement overview = browser.visible(By.cssSelector("[data-gc='overview']"));
            browser.waiting().until(d -> overview.findElements(By.cssSelector(".gc-card")).size() == 4);
            assertThat(overview.getText()).contains("招商概览（" + Y + " 年，全市）", "签约项目", "查看招商看板");
            browser.screenshot("00-cockpit-start-page");
            // the navigation entry of the plugin, in Cockpit's header
            browser.click(By.xpath("//a[normalize-space(.)='招商报表']"));
            browser.visible(By.cssSelector("[data-gc='kpis']"));
            browser.open(COCKPIT + "#/greenchannel/dashboard?year=" + Y);
            WebElement kpis = browser.visible(By.cssSelector("[data-gc='kpis']"));
            long signed = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.milestone WHERE milestone_type = 'SIGNED' "
                    + "AND reached_on BETWEEN ? AND ?", Long.class, java.sql.Date.valueOf(Y + "-01-01"),
                    java.sql.Date.valueOf(Y + "-12-31"));
            assertThat(signed).isGreaterThanOrEqualTo(ReportSeed.COUNT);
            browser.waiting().until(d -> kpis.findElements(By.cssSelector(".gc-card")).size() == 6);
            assertThat(kpis.getText()).contains("签约项目", signed + " 个", "制造业计划投资", "年度目标 1600.00 亿元",
                    "10亿元以上项目", "重点产业链投资占比", "逾期事项");
            assertThat(browser.all(By.cssSelector("[data-gc='target-chart'] rect[data-month]"))).hasSize(12);
            assertThat(browser.all(By.cssSelector("[data-gc='funnel'] rect"))).hasSize(4);
            assertThat(browser.bodyText()).contains("项目推进漏斗", "分县（市、区）", "蓬江区", "恩平市", "审批绿色通道办理情况")
                    .doesNotContain("undefined", "NaN");
            browser.screenshot("01-dashboard");

            // 项目台账: the total of the API, the Excel link with the same filters
            browser.click(By.xpath("//ul[@data-gc='tabs']//a[normalize-space(.)='项目台账']"));
            browser.open(COCKPIT + "#/greenchannel/ledger?year=" + Y + "&county=xinhui");
            WebElement total = browser.visible(By.cssSelector("[data-gc='ledger-total']"));
            long xinhui = jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project p JOIN greenchannel.milestone m "
                    + "ON m.project_code = p.project_code AND m.milestone_type = 'SIGNED' WHERE p.owner_county = 'xinhui' "
                    + "AND p.planned_investment >= 10000 AND m.reached_on BETWEEN ? AND ?", Long.class,
                    java.sql.Date.valueOf(Y + "-01-01"), java.sql.Date.valueOf(Y + "-12-31"));
            assertThat(total.getText()).startsWith("共 " + xinhui + " 个项目");
            List<WebElement> rows = browser.all(By.cssSelector("[data-gc='page-ledger'] table tbody tr"));
            assertThat(rows).hasSize((int) Math.min(20, xinhui));
            assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("新会区"));
            assertThat(browser.visible(By.cssSelector("[data-gc='ledger-export']")).getAttribute("href"))
                    .endsWith("/api/ledger/export.xlsx?county=xinhui&year=" + Y);
            browser.screenshot("02-ledger");

            // 月通报: a preview is a POST over the session with Cockpit's XSRF token
            browser.open(COCKPIT + "#/greenchannel/bulletins");
            WebElement month = browser.visible(By.cssSelector("[data-gc='page-bulletins'] input[name='period']"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].value = arguments[1];", month, Y + "-05");
            browser.click(By.xpath("//button[normalize-space(.)='预览']"));
            browser.waitForText(Y + "-05 月通报（预览，非正式）");
            assertThat(browser.visible(By.cssSelector("[data-gc='bulletin-preview'] table")).getText()).contains("全市");
            browser.screenshot("03-bulletin-preview");

            // 年考核
            browser.open(COCKPIT + "#/greenchannel/assessment?year=" + Y);
            browser.waitForText("考核权重决策表");
            assertThat(browser.all(By.cssSelector("[data-gc='page-assessment'] table tbody tr"))).hasSize(7);
            browser.screenshot("04-assessment");
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("failure");
            throw e;
        }
    }

    @Test
    void a_county_user_reads_its_own_county_only() {
        browser = HeadlessChromium.start("http://localhost:" + port, "zh-CN,zh", "cockpit");
        try {
            browser.open(COCKPIT);
            browser.logIn("heshan01", PASSWORD);
            browser.visible(By.xpath("//a[normalize-space(.)='招商报表']"));
            browser.open(COCKPIT + "#/greenchannel/ledger?year=" + Y);
            browser.visible(By.cssSelector("[data-gc='ledger-total']"));
            Select county = new Select(browser.visible(By.cssSelector("[data-gc='ledger-filters'] select[name='county']")));
            assertThat(county.getOptions()).extracting(WebElement::getText).containsExactly("全部", "鹤山市");
            assertThat(browser.all(By.cssSelector("[data-gc='page-ledger'] table tbody tr")))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("鹤山市"));
            // another county named in the address: refused with the API's Chinese message
            browser.open(COCKPIT + "#/greenchannel/ledger?county=taishan");
            assertThat(browser.visible(By.cssSelector("[data-gc='error']")).getText())
                    .contains("只能查看本县（市、区）的项目", "GC-RPT-403");
            browser.open(COCKPIT + "#/greenchannel/dashboard?year=" + Y);
            browser.visible(By.cssSelector("[data-gc='kpis']"));
            assertThat(browser.bodyText()).contains("本县（市、区）").doesNotContain("年度目标", "审批绿色通道办理情况");
            browser.screenshot("05-county-dashboard");
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("failure-county");
            throw e;
        }
    }
}
