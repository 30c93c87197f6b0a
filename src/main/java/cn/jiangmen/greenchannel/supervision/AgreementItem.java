package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.project.MilestoneType;
import cn.jiangmen.greenchannel.project.ProjectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement's dated commitments (domain.md §2) that the ledger flags and supervision follows:
 * a planned date passed (the day is over: planned date before today, Asia/Shanghai) without its
 * milestone is a miss, for a project not yet finished (domain.md §10.9).
 */
public enum AgreementItem {
    REGISTRATION("注册", MilestoneType.REGISTERED),
    CONSTRUCTION_START("开工", MilestoneType.CONSTRUCTION_STARTED),
    PRODUCTION("投产", MilestoneType.IN_PRODUCTION);

    private final String label;
    private final MilestoneType milestone;

    AgreementItem(String label, MilestoneType milestone) {
        this.label = label;
        this.milestone = milestone;
    }

    public String label() {
        return label;
    }

    public MilestoneType milestone() {
        return milestone;
    }

    /** Planned dates and reached dates of one project, in the order of this enum. */
    public record Dates(String status, LocalDate[] planned, LocalDate[] reached) {
    }

    /** Whether this item is missed on {@code today}. */
    public boolean missed(String status, LocalDate planned, LocalDate reached, LocalDate today) {
        if (planned == null || reached != null || status == null) {
            return false;
        }
        ProjectStatus s;
        try {
            s = ProjectStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return !s.isFinal() && planned.isBefore(today);
    }

    /** The labels of the items missed on {@code today}. */
    public static List<AgreementItem> missedItems(String status, LocalDate[] planned, LocalDate[] reached,
            LocalDate today) {
        List<AgreementItem> out = new ArrayList<>();
        for (AgreementItem item : values()) {
            if (item.missed(status, planned[item.ordinal()], reached[item.ordinal()], today)) {
                out.add(item);
            }
        }
        return out;
    }
}
