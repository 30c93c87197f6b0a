package cn.jiangmen.greenchannel.project;

/** A project as our API answers it: codes for programs, Chinese labels for people. */
public record ProjectView(
        String projectCode,
        String name,
        String investorName,
        String investorOrigin,
        String chainCode,
        long plannedInvestment,
        String ownerCounty,
        String tier,
        String tierLabel,
        String status,
        String statusLabel,
        String statusReason,
        String leadOwner,
        String commissionerId) {

    public static ProjectView of(Project p) {
        String tierLabel = null;
        if (p.tier() != null) {
            try {
                tierLabel = Tier.valueOf(p.tier()).label();
            } catch (IllegalArgumentException e) {
                tierLabel = p.tier();
            }
        }
        return new ProjectView(p.projectCode(), p.name(), p.investorName(), p.investorOrigin(), p.chainCode(),
                p.plannedInvestment(), p.ownerCounty(), p.tier(), tierLabel, p.status().name(), p.status().label(),
                p.statusReason(), p.leadOwner(), p.commissionerId());
    }
}
