package cn.jiangmen.greenchannel.lifecycle;

import cn.jiangmen.greenchannel.transfer.OpenWork;
import cn.jiangmen.greenchannel.transfer.TransferProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lifecycle's side of a transfer (§10.8): start one, pause open work, give it back. */
@Configuration
public class TransferHandlingDelegates {

    private final RuntimeService runtimeService;
    private final OpenWork openWork;
    private final ProjectFacts facts;

    public TransferHandlingDelegates(RuntimeService runtimeService, OpenWork openWork, ProjectFacts facts) {
        this.runtimeService = runtimeService;
        this.openWork = openWork;
        this.facts = facts;
    }

    /** 申请市域内流转 at negotiation starts the transfer with the commissioner's reason. */
    @Bean
    public JavaDelegate requestTransferDelegate() {
        return execution -> {
            String code = LifecycleVariables.projectCode(execution);
            runtimeService.startProcessInstanceByKey(TransferProcess.KEY, code, Map.of(
                    TransferProcess.Var.PROJECT_CODE, code,
                    TransferProcess.Var.REASON_CATEGORY, execution.getVariable(LifecycleProcess.Var.TRANSFER_REASON_CATEGORY),
                    TransferProcess.Var.REASON, execution.getVariable(LifecycleProcess.Var.NEGOTIATION_REASON)));
        };
    }

    @Bean
    public JavaDelegate withdrawOpenWorkDelegate() {
        return execution -> openWork.withdraw(LifecycleVariables.projectCode(execution));
    }

    /** The record now names the owner county and commissioner: routing variables and tasks follow it. */
    @Bean
    public JavaDelegate restoreOpenWorkDelegate() {
        return execution -> {
            String code = LifecycleVariables.projectCode(execution);
            execution.getProcessInstance().setVariables(facts.of(code));
            openWork.restore(code);
        };
    }
}
