package cn.jiangmen.greenchannel.approval;

import static cn.jiangmen.greenchannel.approval.StageProcess.Var.*;

import cn.jiangmen.greenchannel.approval.StageProcess.Var;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Copies the {@code stage-lead} decision into flat variables, records the stage as opened and reads the project attributes the catalogue matches on. */
@Component("openStageDelegate")
public class OpenStageDelegate implements JavaDelegate {

    private final StageService stages;
    private final JdbcTemplate jdbc;

    public OpenStageDelegate(StageService stages, JdbcTemplate jdbc) {
        this.stages = stages;
        this.jdbc = jdbc;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> lead = (Map<String, Object>) execution.getVariable(Var.STAGE_LEAD_RESULT);
        int stage = ((Number) execution.getVariable(STAGE)).intValue();
        String leadGroup = (String) lead.get(STAGE_LEAD_GROUP);
        int limitDays = ((Number) lead.get(STAGE_LIMIT_DAYS)).intValue();
        execution.setVariable(STAGE_NAME, lead.get(STAGE_NAME));
        execution.setVariable(STAGE_LEAD_GROUP, leadGroup);
        execution.setVariable(STAGE_LIMIT_DAYS, limitDays);
        execution.removeVariable(Var.STAGE_LEAD_RESULT);
        stages.open(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), stage, leadGroup, limitDays);
        // the catalogue's applicability decision reads the project's attributes as recorded
        Map<String, Object> project = jdbc.queryForMap("SELECT land_area, manufacturing FROM greenchannel.project "
                + "WHERE project_code = ?", execution.getProcessBusinessKey());
        execution.setVariable("landArea", ((Number) project.get("land_area")).doubleValue());
        execution.setVariable("manufacturing", project.get("manufacturing"));
    }
}
