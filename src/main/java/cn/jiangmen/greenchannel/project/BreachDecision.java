package cn.jiangmen.greenchannel.project;

/** The city centre's decision on a shortfall (domain.md §2): each measure is a recorded choice. */
public record BreachDecision(int rectificationMonths, double liquidatedDamages, double incentiveRefund,
        boolean landRecovery, String reason) {

    /** One line for the record and the audit trail. */
    public String summary() {
        return "整改期限" + rectificationMonths + "个月；违约金" + liquidatedDamages + "万元；退还奖励" + incentiveRefund
                + "万元；" + (landRecovery ? "收回土地" : "不收回土地") + "。理由：" + reason;
    }
}
