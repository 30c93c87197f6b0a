package cn.jiangmen.greenchannel.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up guard refuses what the engine's password policy would refuse, in Chinese and at once. */
class AdministratorPasswordPolicyTest {

    @Test
    void the_administrator_password_must_meet_the_password_policy() {
        assertThat(AdministratorPasswordGuard.problemWith("ops", "alllowercase1!", "")).contains("密码策略");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "NoDigitsHere!!", "")).contains("密码策略");
        assertThat(AdministratorPasswordGuard.problemWith("ops", "NoSpecial2026ab", "")).contains("密码策略");
        assertThat(AdministratorPasswordGuard.problemWith("opsadmin", "My-opsadmin-2026", "")).contains("不得包含账号");
        assertThat(AdministratorPasswordGuard.problemWith("ops-admin", "Jm#Ops2026-secure", "")).isNull();
    }
}
