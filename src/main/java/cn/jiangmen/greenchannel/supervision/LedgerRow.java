package cn.jiangmen.greenchannel.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * One project of the ledger (台账). Money in 万元; dates ISO; labels in Chinese beside the codes.
 * Overdue: {@code overdueTask} when an open task of the project is past its due date;
 * {@code overdueMilestones} lists the agreement's planned dates (注册/开工/投产) passed without the
 * milestone (an unfinished project only).
 */
public record LedgerRow(String projectCode, String name, String county, String countyName, String chain,
        String chainName, String tier, String tierLabel, String investorOrigin, String investorOriginLabel,
        long plannedInvestment, Long actualInvestment, String status, String statusLabel,
        LocalDate signedOn, LocalDate registeredOn, LocalDate constructionStartedOn, LocalDate productionStartedOn,
        LocalDate plannedRegistrationDate, LocalDate plannedStartDate, LocalDate plannedProductionDate,
        boolean overdueTask, List<String> overdueMilestones, boolean overdue, String transferHistory) {
}
