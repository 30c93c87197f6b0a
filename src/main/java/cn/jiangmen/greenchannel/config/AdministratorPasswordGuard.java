package cn.jiangmen.greenchannel.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the demo set-up unless a real administrator is supplied from outside:
 * Camunda would otherwise create the administrator with the id as password, or leave the Admin
 * setup page open to the first visitor. Runs before any bean, so nothing is created on failure.
 */
public class AdministratorPasswordGuard implements EnvironmentPostProcessor {

    static final int MIN_LENGTH = 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean demo = env.getProperty("greenchannel.demo.enabled", Boolean.class, false);
        if (demo) {
            return;
        }
        String id = env.getProperty("camunda.bpm.admin-user.id", "");
        String password = env.getProperty("camunda.bpm.admin-user.password", "");
        String problem = problemWith(id, password, env.getProperty("greenchannel.demo.password", ""));
        if (problem != null) {
            throw new IllegalStateException("[GC-CFG-001] 启动被拒绝：" + problem
                    + " 请通过环境变量 CAMUNDA_BPM_ADMINUSER_ID 和 CAMUNDA_BPM_ADMINUSER_PASSWORD 提供管理员账号和密码。"
                    + " (Refusing to start: set CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD"
                    + " to a real administrator; profiles " + Arrays.toString(env.getActiveProfiles()) + ")");
        }
    }

    static String problemWith(String id, String password, String demoPassword) {
        if (id == null || id.isBlank()) {
            return "未配置系统管理员账号。";
        }
        if (password == null || password.isBlank()) {
            return "未配置系统管理员密码。";
        }
        if (password.equals(id) || password.equals("Demo@2026jm") || password.equals(demoPassword)) {
            return "管理员密码不得与账号或演示密码相同。";
        }
        if (password.length() < MIN_LENGTH) {
            return "管理员密码至少需要" + MIN_LENGTH + "个字符。";
        }
        // The engine's password policy (enablePasswordPolicy) would refuse it later with less clear words.
        if (!password.chars().anyMatch(Character::isUpperCase) || !password.chars().anyMatch(Character::isLowerCase)
                || !password.chars().anyMatch(Character::isDigit)
                || password.chars().allMatch(Character::isLetterOrDigit)
                || password.toUpperCase().contains(id.toUpperCase())) {
            return "管理员密码须同时包含大写字母、小写字母、数字和特殊字符，且不得包含账号（密码策略）。";
        }
        return null;
    }
}
