package cn.jiangmen.greenchannel.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangmen.greenchannel.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@SpringBootTest
class ProjectCodeTest {

    @Autowired ProjectService projects;
    @Autowired TransactionTemplate transactions;

    @Test
    void codes_have_the_year_and_five_digits() {
        assertThat(ProjectService.formatCode(2026, 42)).isEqualTo("JM2026-00042");
        assertThat(ProjectService.formatCode(2027, 1)).isEqualTo("JM2027-00001");
    }

    @Test
    void concurrent_registrations_never_share_a_code() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> transactions.execute(status -> projects.assignCode()));
            }
            Set<String> codes = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).hasSize(40).allMatch(c -> c.matches("JM\\d{4}-\\d{5}"));
        } finally {
            pool.shutdownNow();
        }
    }
}
