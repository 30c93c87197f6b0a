package cn.jiangmen.greenchannel.demo;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import cn.jiangmen.greenchannel.approval.GreenChannelProcess;
import cn.jiangmen.greenchannel.common.Zones;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Element;
import cn.jiangmen.greenchannel.project.CreditCode;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sample projects for the embedded demo (issue #3): a dozen projects across counties, chains and
 * tiers, driven through the real process as their approvers would, so Tasklist and Cockpit show
 * work at every stage on first login. Loaded once, into an empty project table, never in
 * PostgreSQL mode.
 */
@Component
public class DemoProjects {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProjects.class);

    /** How far each sample goes; the steps are taken in this order. */
    enum Reach { LEAD, JUDGING, NEGOTIATING, REVIEWING, SIGNED, STAGE_1, LAND, CONSTRUCTION, COMPLETED, PRODUCTION }

    record Sample(String name, String investor, String county, String chain, long investment, double landArea,
            Reach reach, boolean overdue) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("蓬江新一代电子信息产业园", "深圳某电子科技有限公司", "pengjiang", "electronics", 180000, 300, Reach.PRODUCTION, false),
            new Sample("江海新能源电池隔膜项目", "江苏某新材料股份有限公司", "jianghai", "nev-battery", 120000, 210, Reach.CONSTRUCTION, false),
            new Sample("新会现代轻工纺织智能工厂", "香港某纺织集团", "xinhui", "light-textile", 35000, 80, Reach.COMPLETED, false),
            new Sample("台山硅能源光伏组件基地", "某光伏科技有限公司", "taishan", "silicon-energy", 250000, 420, Reach.LAND, false),
            new Sample("开平智能装备制造项目", "佛山某机械有限公司", "kaiping", "smart-equipment", 28000, 60, Reach.STAGE_1, true),
            new Sample("鹤山现代农业与食品加工园", "某食品集团有限公司", "heshan", "agri-food", 15000, 45, Reach.SIGNED, false),
            new Sample("恩平先进材料产业化项目", "某先进材料研究院", "enping", "advanced-materials", 60000, 120, Reach.REVIEWING, false),
            new Sample("蓬江石化新材料研发中心", "某石化新材料有限公司", "pengjiang", "petrochem-materials", 8000, 0, Reach.NEGOTIATING, false),
            new Sample("江海新一代信息技术总部", "某信息技术有限公司", "jianghai", "next-gen-it", 12000, 15, Reach.JUDGING, true),
            new Sample("新会新能源储能项目", "某储能科技有限公司", "xinhui", "new-energy", 110000, 150, Reach.LEAD, true),
            new Sample("台山海上风电装备项目", "某风电装备有限公司", "taishan", "new-energy", 320000, 500, Reach.LEAD, false),
            new Sample("开平卫浴五金升级项目", "开平某卫浴有限公司", "kaiping", "other", 6000, 20, Reach.NEGOTIATING, false));

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final boolean enabled;

    public DemoProjects(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            IdentityService identityService, JdbcTemplate jdbc,
            @Value("${greenchannel.demo.sample-projects:false}") boolean enabled) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @EventListener
    @Order(100) // after the organisation exists
    public void onEngineReady(PostDeployEvent event) {
        if (!enabled || jdbc.queryForObject("SELECT COUNT(*) FROM greenchannel.project", Integer.class) > 0) {
            return;
        }
        for (Sample sample : SAMPLES) {
            load(sample);
        }
        LOG.info("演示项目已载入 (sample projects loaded): {}", SAMPLES.size());
    }

    void load(Sample s) {
        String countyUser = s.county() + "01";
        String commissioner = s.investment() >= 100000 ? "zhongxin02" : s.county() + "02";
        Map<String, Object> lead = new HashMap<>(Map.of(PROJECT_NAME, s.name(), INVESTOR_NAME, s.investor(),
                INVESTOR_ORIGIN, s.investor().startsWith("香港") ? "HMT" : "DOMESTIC", CHAIN_CODE, s.chain(),
                MANUFACTURING, true, PLANNED_INVESTMENT, s.investment(), LAND_AREA, s.landArea(),
                EXPECTED_OUTPUT, s.investment() * 2, EXPECTED_TAX, s.investment() / 10,
                EXPECTED_JOBS, Math.max(50, s.investment() / 200)));
        lead.put(TARGET_COUNTY, s.county());
        lead.put(REFERRAL_CHANNEL, "BUSINESS_REFERRAL");
        String code = as(countyUser, () -> runtimeService.startProcessInstanceByKey(LifecycleProcess.KEY, lead)
                .getBusinessKey());
        if (s.reach() == Reach.LEAD) {
            markOverdue(code, s.overdue());
            return;
        }
        complete(code, Element.ACKNOWLEDGE_LEAD, countyUser, Map.of(LEAD_OWNER, countyUser));
        if (s.reach() == Reach.JUDGING) {
            markOverdue(code, s.overdue());
            return;
        }
        complete(code, Element.JUDGE_LEAD, countyUser, Map.of(JUDGEMENT, "PURSUE"));
        String appointer = s.investment() >= 100000 ? "zhongxin01" : countyUser;
        complete(code, Element.APPOINT_COMMISSIONER, appointer, Map.of(COMMISSIONER_ID, commissioner));
        if (s.reach() == Reach.NEGOTIATING) {
            return;
        }
        complete(code, Element.NEGOTIATE, commissioner, Map.of(NEGOTIATION_OUTCOME, "AGREED"));
        if (s.reach() == Reach.REVIEWING) {
            complete(code, Element.REVIEW_NATURAL_RESOURCES, "ziran01", Map.of(REVIEW_OPINION, "AGREE"));
            return;
        }
        complete(code, Element.REVIEW_NATURAL_RESOURCES, "ziran01", Map.of(REVIEW_OPINION, "AGREE"));
        complete(code, Element.REVIEW_ECOLOGY_ENVIRONMENT, "shengtai01", Map.of(REVIEW_OPINION, "AGREE"));
        complete(code, Element.REVIEW_DEVELOPMENT_REFORM, "fagai01", Map.of(REVIEW_OPINION, "AGREE"));
        complete(code, Element.REVIEW_INDUSTRY_CHAIN, null, Map.of(REVIEW_OPINION, "AGREE"));
        runJobs(code);
        complete(code, Element.DECIDE_REVIEW, appointer, Map.of(REVIEW_DECISION, "PASS"));
        String today = Zones.today().toString();
        complete(code, Element.SIGN_AGREEMENT, commissioner, agreement(s, today));
        if (s.reach() == Reach.SIGNED) {
            return;
        }
        complete(code, Element.REGISTER_COMPANY, "shijian01", Map.of(COMPANY_REGISTERED_ON, today,
                COMPANY_NAME, s.name().substring(2) + "有限公司", COMPANY_CREDIT_CODE, creditCode(s),
                NATIONAL_PROJECT_CODE, "2026-440700-38-03-" + String.format("%06d", Math.abs(s.name().hashCode()) % 1000000)));
        if (s.reach() == Reach.STAGE_1) {
            markOverdue(code, s.overdue());
            return;
        }
        approveStage(code, "ziran01");
        complete(code, Element.SUPPLY_LAND, "ziran01", Map.of(LAND_SUPPLIED_ON, today, SUPPLIED_LAND_AREA, s.landArea(),
                LAND_SUPPLY_METHOD, "LISTING", LAND_CONTRACT_NO, "JM-GY-2026-" + code.substring(7)));
        if (s.reach() == Reach.LAND) {
            return;
        }
        approveStage(code, "ziran01");
        approveStage(code, "zhujian01");
        complete(code, Element.RECORD_CONSTRUCTION_START, commissioner, Map.of(CONSTRUCTION_STARTED_ON, today));
        if (s.reach() == Reach.CONSTRUCTION) {
            return;
        }
        runJobs(code);
        complete(code, Element.REPORT_PROGRESS, commissioner, Map.of(PROGRESS_PERCENT, 100,
                INVESTMENT_TO_DATE, s.investment(), PROGRESS_NOTE, "主体工程完工，设备安装调试完毕",
                CONSTRUCTION_COMPLETED, true, COMPLETED_ON, today));
        if (s.reach() == Reach.COMPLETED) {
            return;
        }
        approveStage(code, "zhujian01");
        complete(code, Element.RECORD_PRODUCTION, commissioner, Map.of(PRODUCTION_STARTED_ON, today,
                ACTUAL_INVESTMENT, s.investment()));
    }

    private static Map<String, Object> agreement(Sample s, String today) {
        Map<String, Object> v = new HashMap<>();
        v.put(SIGNED_ON, today);
        v.put(AGREED_INVESTMENT, s.investment());
        v.put(AGREED_LAND_AREA, s.landArea());
        v.put(PLANNED_REGISTRATION_DATE, today);
        v.put(PLANNED_START_DATE, today);
        v.put(PLANNED_PRODUCTION_DATE, today);
        v.put(COMMITTED_OUTPUT_PER_MU, 600);
        v.put(COMMITTED_TAX_PER_MU, 30);
        v.put(INVESTOR_CREDIT_CODE, s.investor().startsWith("香港") ? "" : creditCode(s));
        return v;
    }

    private static String creditCode(Sample s) {
        String first17 = "914407" + String.format("%02d", SAMPLES.indexOf(s)) + "MA4UQ8XK1";
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A stage the standard way: items as proposed, complete materials, accepted and approved. */
    private void approveStage(String code, String leadUser) {
        complete(code, GreenChannelProcess.Element.CONFIRM_ITEMS, leadUser, Map.of());
        runAllJobs(code);
        completeEach(code, GreenChannelProcess.Element.SUBMIT_APPLICATION, Map.of(GreenChannelProcess.Var.MISSING_MATERIALS, ""));
        completeEach(code, GreenChannelProcess.Element.ACCEPTANCE_CHECK, Map.of(GreenChannelProcess.Var.ACCEPTANCE_RESULT, "ACCEPT"));
        completeEach(code, GreenChannelProcess.Element.REVIEW_ITEM, Map.of(GreenChannelProcess.Var.ITEM_DECISION, "APPROVE"));
        runAllJobs(code);
    }

    private void completeEach(String code, String taskKey, Map<String, Object> variables) {
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).list()) {
            as(candidateOf(task), () -> {
                taskService.complete(task.getId(), variables);
                return null;
            });
        }
    }

    private void runAllJobs(String code) {
        for (int round = 0; round < 20; round++) {
            List<org.camunda.bpm.engine.runtime.Job> jobs = new java.util.ArrayList<>();
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list()
                    .forEach(pi -> jobs.addAll(managementService.createJobQuery().processInstanceId(pi.getId())
                            .executable().list()));
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
    }

    /** Completes the task as the named user, or as a member of its candidate group if none is named. */
    private void complete(String code, String taskKey, String user, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey)
                .singleResult();
        String actor = user != null ? user : candidateOf(task);
        as(actor, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /** A member of the task's first candidate group that has members, else its candidate user. */
    private String candidateOf(Task task) {
        var links = taskService.getIdentityLinksForTask(task.getId());
        return links.stream().filter(l -> l.getGroupId() != null)
                .map(l -> identityService.createUserQuery().memberOfGroup(l.getGroupId()).list())
                .filter(users -> !users.isEmpty()).map(users -> users.get(0).getId()).findFirst()
                .orElseGet(() -> links.stream().filter(l -> l.getUserId() != null).map(l -> l.getUserId())
                        .findFirst().orElseThrow());
    }

    private void runJobs(String code) {
        String lifecycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(LifecycleProcess.KEY).singleResult().getId();
        managementService.createJobQuery().processInstanceId(lifecycle).list()
                .forEach(j -> managementService.executeJob(j.getId()));
    }

    /** A task whose due date has passed, so monitoring shows what an overdue lead looks like. */
    private void markOverdue(String code, boolean overdue) {
        if (!overdue) {
            return;
        }
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(code).list()) {
            task.setDueDate(Date.from(Zones.now().minusDays(3).atZone(Zones.CHINA).toInstant()));
            taskService.saveTask(task);
        }
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
