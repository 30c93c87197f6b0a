package cn.jiangmen.greenchannel.supervision;

import java.util.List;

/**
 * 月通报 of one month ({@code period} yyyy-MM). {@code official} bulletins are produced once by
 * {@code monthly-bulletin} and kept; a preview is computed on demand and never stored.
 * {@code city} is null for a reader limited to their own county.
 */
public record Bulletin(String period, boolean official, String producedOn, Boolean onSchedule, String issuedAt,
        String issuedBy, String issueNote, long majorThreshold, Targets targets, BulletinFigures city,
        List<BulletinFigures> counties) {

    /** The annual targets against the year-to-date city figures. */
    public record Targets(int year, long manufacturingInvestmentTarget, long manufacturingInvestmentYtd,
            boolean manufacturingInvestmentMet, long majorProjectTarget, long majorProjectsYtd, boolean majorProjectsMet,
            double keyChainShareTarget, Double keyChainShareYtd, boolean keyChainShareMet) {
    }

    public Bulletin withCounties(BulletinFigures cityOrNull, List<BulletinFigures> only) {
        return new Bulletin(period, official, producedOn, onSchedule, issuedAt, issuedBy, issueNote, majorThreshold,
                cityOrNull == null ? null : targets, cityOrNull, only);
    }
}
