package cn.jiangmen.greenchannel.lead;

import java.time.LocalDate;

/** Feedback to whoever referred the lead (§10.18), as checked on the server. */
public record LeadFeedback(String content, String channel, LocalDate fedBackOn) {
}
