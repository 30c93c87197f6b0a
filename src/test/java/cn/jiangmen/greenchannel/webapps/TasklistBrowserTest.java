package cn.jiangmen.greenchannel.webapps;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;
import static cn.jiangmen.greenchannel.support.LeadSamples.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.support.GreenChannelTestClock;
import cn.jiangmen.greenchannel.support.LifecycleDriver;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist, a Camunda Form and Cockpit in a real browser (headless Debian Chromium, Chinese first):
 * a county user registers a project from the start form 登记招商线索, meets the browser's and the
 * server's refusal of bad values, negotiates the project through its task form, and a manager opens
 * the instance in Cockpit. Each step leaves a screenshot in target/screenshots/ (browser-*.png).
 *
 * <p>Tagged "browser": runs in the default (H2) surefire execution, not in the PostgreSQL re-run.
 * The engine is named "default" like in production, because the webapps address it by that name;
 * the same configuration as EngineRestJourneyTest, so the two share one Spring context.
 */
@Tag("browser")
@ActiveProfiles("test")
// One engine may be named "default" per JVM (the REST API and webapps address it): close this
// context after the class so the next web test does not meet a stale "default" engine.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class TasklistBrowserTest {

    private static final String PASSWORD = "Demo@2026jm";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    private HeadlessChromium browser;

    @BeforeAll
    static void chromiumIsInstalled() throws IOException {
        GreenChannelTestClock.useChinaTimeZoneOnce();
        HeadlessChromium.requireInstalled();
        HeadlessChromium.deleteScreenshots("browser-");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_county_user_registers_and_negotiates_a_project_in_chinese_and_a_manager_opens_it_in_cockpit() {
        browser = HeadlessChromium.start("http://localhost:" + port, "zh-CN,zh", "browser");
        String projectName = "江门浏览器测试储能材料项目" + System.currentTimeMillis() % 100000;
        try {
            // 1. Chinese login page and Tasklist
            browser.open(TASKLIST);
            browser.visible(By.cssSelector("form[name='signinForm']"));
            browser.waitForText("任务列表");
            assertThat(browser.visible(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText())
                    .isEqualTo("登录");
            browser.screenshot("01-login");
            browser.logIn("pengjiang01", PASSWORD);
            browser.visible(By.cssSelector("section.task-filters"));
            browser.visible(By.cssSelector("li.start-process-action a"));
            browser.waitForText("本部门待办");
            browser.screenshot("02-tasklist");
            String tasklist = browser.bodyText();
            assertThat(tasklist).contains("我的待办", "本部门待办", "即将到期", "已逾期", "发起流程", "任务列表")
                    .doesNotContain("Start process", "All Tasks", "Log out", "Create task");

            // 2. The start form 登记招商线索
            browser.click(By.cssSelector("li.start-process-action a"));
            browser.click(By.xpath("//ul[contains(@class,'processes')]//a[contains(normalize-space(.),'招商项目全流程')]"));
            field("项目名称");
            browser.waitForText("意向落地县（市、区）");
            browser.screenshot("03-start-form");

            type("项目名称", "   ");  // blank for the server, not for form-js: the server refuses it
            type("投资方名称", "广东某储能材料科技有限公司");
            choose("投资方来源", "境内");
            choose("所属产业链", "新能源电池");
            type("计划投资额（万元）", "0");
            type("用地需求（亩）", "80");
            type("预计年产值（万元）", "200000");
            type("预计年税收（万元）", "8000");
            type("预计就业人数（人）", "500");
            choose("意向落地县（市、区）", "蓬江区");
            choose("线索来源渠道", "以商招商");
            type("推荐人/来源单位", "江门市某商会");

            // 3. The browser refuses a value out of range (form-js' message, in Chinese) and keeps 启动 disabled
            browser.waitForText("不能小于 1。");
            assertThat(errorOf("计划投资额（万元）")).isEqualTo("不能小于 1。");
            assertThat(browser.bodyText()).doesNotContain("Field must", "Field is required");
            assertThat(browser.driver.findElement(START_BUTTON).isEnabled()).as("启动 enabled").isFalse();
            browser.screenshot("04-validation-in-browser");

            // 4. The server refuses what the browser lets through, with a Chinese message
            type("计划投资额（万元）", "30000");
            waitUntilNoFieldErrors();
            startButton().click();
            browser.waitForText("项目名称");
            WebElement refusal = browser.visible(By.cssSelector(".modal-body .notifications .alert-danger"));
            browser.scrollIntoView(refusal);
            browser.waiting().until(d -> !refusal.getText().contains("Cannot instantiate"));
            assertThat(refusal.getText()).containsPattern("\\[GC-IN-\\d{3}\\] 请填写“项目名称”");
            browser.screenshot("05-refused-by-the-server");

            // 5. Corrected, the project is registered
            type("项目名称", projectName);
            startButton().click();
            browser.waitForText("流程已启动");
            browser.screenshot("06-project-registered");
            ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(LifecycleProcess.KEY).variableValueEquals(PROJECT_NAME, projectName)
                    .singleResult();
            assertThat(pi).as("instance started from the start form").isNotNull();
            assertThat(pi.getBusinessKey()).matches("JM\\d{4}-\\d{5}");
            assertThat(jdbc.queryForMap("SELECT registered_by, planned_investment, owner_county FROM greenchannel.project "
                    + "WHERE project_code = ?", pi.getBusinessKey())).containsEntry("registered_by", "pengjiang01")
                    .containsEntry("planned_investment", 30000L).containsEntry("owner_county", "pengjiang");

            // 6. Acknowledge, judge, appoint the commissioner through the Java API
            LifecycleDriver driver = new LifecycleDriver(engine);
            driver.complete(pi, Element.ACKNOWLEDGE_LEAD, of(LEAD_OWNER, "pengjiang01"));
            driver.complete(pi, Element.JUDGE_LEAD, of(JUDGEMENT, "PURSUE"));
            driver.complete(pi, Element.APPOINT_COMMISSIONER, of(COMMISSIONER_ID, "pengjiang02"));
            Task negotiation = driver.task(pi, Element.NEGOTIATE);
            String taskName = "项目洽谈｜" + projectName;
            assertThat(negotiation.getName()).isEqualTo(taskName);

            // 7. The county negotiates it through the task form
            browser.open(TASKLIST);
            browser.click(By.xpath("//section[contains(@class,'task-filters')]//*[normalize-space(text())='本部门待办']"));
            browser.click(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(text())='" + taskName + "']"));
            browser.click(By.cssSelector("button.claim"));
            browser.waitForText("洽谈结果");
            field("项目编号");
            WebElement code = field("项目编号").findElement(By.cssSelector("input"));
            browser.waiting().until(d -> pi.getBusinessKey().equals(code.getAttribute("value")));
            browser.screenshot("07-negotiation-form");
            radio("达成投资意向");
            browser.screenshot("08-negotiation-filled");
            browser.click(By.cssSelector("button.btn-primary[ng-click='complete()']"));
            browser.waiting().withMessage("negotiation task completed")
                    .until(d -> engine.getTaskService().createTaskQuery().taskId(negotiation.getId()).count() == 0);
            browser.waitForText("请在列表中选择一个任务");
            browser.waiting().until(d -> !browser.bodyText().contains(taskName));
            browser.screenshot("09-negotiation-completed");
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                    .variableName(NEGOTIATION_OUTCOME).singleResult().getValue()).isEqualTo("AGREED");
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                    .taskDefinitionKey(Element.REVIEW_NATURAL_RESOURCES).count()).isEqualTo(1);

            // 8. A manager opens the instance in Cockpit
            browser.driver.manage().deleteAllCookies();
            browser.open("/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime");
            browser.logIn("guanli01", PASSWORD);
            browser.visible(By.cssSelector(".djs-container"));
            browser.waitForText(pi.getBusinessKey());
            browser.waitForText("评审意见");
            browser.screenshot("10-cockpit-process-instance");
            browser.waitForText("作用域");
            assertThat(browser.bodyText()).contains("驾驶舱", "业务编号", "操作")
                    .doesNotContain("Business Key", "Process Instance", "Log out", "Actions");
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("failure");
            throw e;
        }
    }

    @Test
    void an_english_browser_gets_english_and_any_other_language_gets_chinese() {
        browser = HeadlessChromium.start("http://localhost:" + port, "en-US,en", "browser");
        browser.open(TASKLIST);
        browser.waiting().until(d -> "Log in".equals(loginButtonText()));
        browser.screenshot("11-english-browser");
        browser.close();

        browser = HeadlessChromium.start("http://localhost:" + port, "de-DE,de", "browser");
        browser.open(TASKLIST);
        browser.waiting().until(d -> "登录".equals(loginButtonText()));
        browser.screenshot("12-german-browser-falls-back-to-chinese");
    }

    private String loginButtonText() {
        return browser.visible(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText().strip();
    }

    // --- Camunda Forms (form-js) helpers -------------------------------------------------------

    private WebElement field(String label) {
        return browser.visible(By.xpath("//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')]"
                + "[.//label[starts-with(normalize-space(.),'" + label + "')]]"));
    }

    private void type(String label, String value) {
        WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
        browser.scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        // leave the field without focusing the next one (a focused form-js select opens its list)
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].blur();", input);
    }

    /** A form-js select: open its list, pick the option by its Chinese label. */
    private void choose(String label, String option) {
        WebElement container = field(label);
        WebElement group = container.findElement(By.cssSelector(".fjs-input-group"));
        browser.scrollIntoView(group);
        List<WebElement> search = container.findElements(By.cssSelector("input.fjs-input"));
        if (!search.isEmpty()) {
            search.get(0).click();
            search.get(0).sendKeys(option);
        } else if (container.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
            group.click();  // mousedown toggles the list: only when it is not open yet
        }
        WebElement item = browser.visible(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='"
                + option + "']"));
        item.click();
        browser.waiting().until(d -> container.getText().contains(option)
                || container.findElements(By.cssSelector("input")).stream()
                        .anyMatch(i -> option.equals(i.getAttribute("value"))));
    }

    private void radio(String option) {
        browser.click(By.xpath("//div[contains(@class,'fjs-form-field')]//label[contains(normalize-space(.),'" + option
                + "')]"));
    }

    private String errorOf(String label) {
        return field(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    private void waitUntilNoFieldErrors() {
        browser.waiting().withMessage("no form-js field errors")
                .until(d -> d.findElements(By.cssSelector(".fjs-form-field-error"))
                        .stream().allMatch(e -> e.getText().isBlank()));
    }

    private static final By START_BUTTON =
            By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']");

    private WebElement startButton() {
        return browser.clickable(START_BUTTON);
    }
}
