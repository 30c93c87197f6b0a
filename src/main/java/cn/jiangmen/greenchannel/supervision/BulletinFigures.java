package cn.jiangmen.greenchannel.supervision;

/**
 * The figures of one county (or city-wide: {@code county} = "city") in a bulletin. Month figures
 * count what happened in the month reported on; year-to-date figures from 1 January to the month's
 * end. Money in 万元; shares 0 … 1 of the planned investment signed (null when nothing was signed).
 */
public record BulletinFigures(String county, String countyName,
        long signedProjects, long signedInvestment, long majorProjectsSigned, Double keyChainShare,
        long registered, long constructionStarted, long inProduction, long overdueItems,
        long signedProjectsYtd, long signedInvestmentYtd, long manufacturingInvestmentYtd, long majorProjectsYtd,
        Double keyChainShareYtd) {
}
