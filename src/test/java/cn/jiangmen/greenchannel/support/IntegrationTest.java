package cn.jiangmen.greenchannel.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test of what crosses the database: run on H2, and again on PostgreSQL by the pom's
 * integration-postgres execution.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@ActiveProfiles("test")
@ExtendWith(DatabaseUnderTest.class)
public @interface IntegrationTest {
}
