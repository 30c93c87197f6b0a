package cn.jiangmen.greenchannel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangmen.greenchannel.GreenChannelApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class AdministratorPasswordGuardTest {

    @Test
    void postgres_mode_without_an_administrator_refuses_to_start_with_a_clear_message() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(GreenChannelApplication.class)
                .profiles("postgres")
                .properties("camunda.bpm.admin-user.id=", "camunda.bpm.admin-user.password=",
                        "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never-reached");
        assertThatThrownBy(app::run)
                .hasMessageContaining("GC-CFG-001")
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void the_password_must_be_real() {
        assertThat(AdministratorPasswordGuard.problemWith("", "x", "")).contains("账号");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "", "")).contains("密码");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "ops", "")).contains("不得与账号");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "Demo@2026jm", "")).contains("演示密码");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "short", "")).contains("至少");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "A-real-Secret-2026", "")).isNull();
    }
}
