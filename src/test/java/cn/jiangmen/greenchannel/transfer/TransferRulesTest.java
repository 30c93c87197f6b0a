package cn.jiangmen.greenchannel.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransferRulesTest {

    private static final List<String> COUNTIES = List.of("pengjiang", "jianghai", "xinhui", "taishan", "kaiping",
            "heshan", "enping");

    @Test
    void the_preferred_county_leads_then_where_the_chain_clusters_then_the_usual_order() {
        List<String> ranked = TransferRules.rank(COUNTIES, "xinhui", "enping", Map.of("taishan", 3, "kaiping", 1));
        assertThat(ranked).containsExactly("enping", "taishan", "kaiping", "pengjiang", "jianghai", "heshan");
    }

    @Test
    void without_preference_or_cluster_the_usual_order_stands_and_the_owner_is_never_proposed() {
        assertThat(TransferRules.rank(COUNTIES, "pengjiang", null, Map.of()))
                .containsExactly("jianghai", "xinhui", "taishan", "kaiping", "heshan", "enping");
    }

    @Test
    void a_county_list_is_parsed_in_order_and_checked() {
        assertThat(TransferRules.parseCounties("taishan, kaiping，enping", "征询县区", COUNTIES, "xinhui"))
                .containsExactly("taishan", "kaiping", "enping");
        assertThatThrownBy(() -> TransferRules.parseCounties("taishan,xinhui", "征询县区", COUNTIES, "xinhui"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("GC-TRF-422");
        assertThatThrownBy(() -> TransferRules.parseCounties("taishan,taishan", "征询县区", COUNTIES, "xinhui"))
                .hasMessageContaining("重复");
        assertThatThrownBy(() -> TransferRules.parseCounties("shenzhen", "征询县区", COUNTIES, "xinhui"))
                .hasMessageContaining("GC-IN-005");
        assertThatThrownBy(() -> TransferRules.parseCounties(" , ", "征询县区", COUNTIES, "xinhui"))
                .hasMessageContaining("GC-IN-001");
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"LEAD", "NEGOTIATING", "REVIEWING", "SIGNED", "REGISTERED",
            "LAND_SUPPLIED", "UNDER_CONSTRUCTION", "COMPLETED", "SUSPENDED"})
    void a_project_before_production_can_be_transferred(ProjectStatus status) {
        TransferRules.requireTransferable(status);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"IN_PRODUCTION", "EVALUATING", "BREACH_RECOVERY", "DROPPED",
            "ABANDONED", "NOT_INTRODUCED", "LOST", "STOPPED", "CLOSED", "IN_TRANSFER"})
    void a_project_in_production_finished_or_already_in_transfer_cannot(ProjectStatus status) {
        assertThatThrownBy(() -> TransferRules.requireTransferable(status))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("[GC-TRF-4");
    }
}
