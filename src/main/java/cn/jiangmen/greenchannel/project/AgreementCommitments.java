package cn.jiangmen.greenchannel.project;

import java.time.LocalDate;

/** The signed agreement's commitments (domain.md §2), the yardstick of 达产复核. */
public record AgreementCommitments(
        LocalDate signedOn,
        long investmentAmount,
        double landArea,
        LocalDate plannedRegistrationDate,
        LocalDate plannedStartDate,
        LocalDate plannedProductionDate,
        double outputPerMu,
        double taxPerMu,
        String investorCreditCode) {
}
