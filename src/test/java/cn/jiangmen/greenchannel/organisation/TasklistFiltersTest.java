package cn.jiangmen.greenchannel.organisation;

import static cn.jiangmen.greenchannel.support.LeadSamples.lead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.lifecycle.LifecycleProcess;
import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo organisation and the Tasklist filters a county user opens. */
@IntegrationTest
@SpringBootTest
class TasklistFiltersTest {

    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;

    @AfterEach
    void clear() {
        identityService.clearAuthentication();
    }

    @Test
    void every_group_of_the_organisation_exists_with_a_chinese_name() {
        assertThat(identityService.createGroupQuery().groupId("county-enping").singleResult().getName())
                .isEqualTo("恩平市投资促进部门");
        for (String id : List.of("city-investment-centre", "dept-development-reform", "dept-natural-resources",
                "dept-ecology-environment", "dept-housing-construction", "dept-market-regulation", "dept-industry-it",
                "dept-commerce", "city-leaders", "managers", "camunda-admin", "chain-silicon-energy",
                "county-pengjiang", "county-jianghai", "county-xinhui", "county-taishan", "county-kaiping",
                "county-heshan", "county-enping")) {
            assertThat(identityService.createGroupQuery().groupId(id).count()).as(id).isEqualTo(1);
        }
        assertThat(identityService.createUserQuery().userId("xinhui02").singleResult().getLastName()).isEqualTo("何");
        assertThat(identityService.checkPassword("xinhui02", "Demo@2026jm")).isTrue();
    }

    @Test
    void the_group_filter_shows_a_county_its_own_leads_and_not_another_countys() {
        identityService.setAuthentication("pengjiang01", List.of("county-pengjiang"));
        String pi = runtimeService.startProcessInstanceByKey(LifecycleProcess.KEY, lead("pengjiang", 20000)).getId();
        Filter groupFilter = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();

        identityService.setAuthentication("pengjiang01", List.of("county-pengjiang"));
        List<Task> mine = filterService.listPage(groupFilter.getId(), 0, 100);
        assertThat(mine).extracting(Task::getProcessInstanceId).contains(pi);

        identityService.setAuthentication("jianghai01", List.of("county-jianghai"));
        List<Task> theirs = filterService.listPage(groupFilter.getId(), 0, 100);
        assertThat(theirs).extracting(Task::getProcessInstanceId).doesNotContain(pi);
    }
}
