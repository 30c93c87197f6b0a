package cn.jiangmen.greenchannel.project;

/** A row of the project record, as reports and checks read it. */
public record Project(
        String projectCode,
        String name,
        String investorName,
        String investorOrigin,
        String chainCode,
        long plannedInvestment,
        String ownerCounty,
        String tier,
        ProjectStatus status,
        String statusReason,
        String leadOwner,
        String commissionerId) {
}
