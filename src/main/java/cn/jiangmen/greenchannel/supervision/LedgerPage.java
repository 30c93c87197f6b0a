package cn.jiangmen.greenchannel.supervision;

import java.util.List;

/** One page of the ledger: {@code total} rows match the filters; {@code threshold} is the ledger boundary (万元). */
public record LedgerPage(long total, int page, int size, long threshold, List<LedgerRow> rows) {
}
