package cn.jiangmen.greenchannel.project;

/** What the start form registers (docs/process-contract.md); already normalised and checked. */
public record LeadRegistration(
        String projectName,
        String investorName,
        String investorOrigin,
        String chainCode,
        boolean manufacturing,
        long plannedInvestment,
        double landArea,
        long expectedOutput,
        long expectedTax,
        long expectedJobs,
        String targetCounty,
        String referralChannel,
        String referrerName) {
}
