package cn.jiangmen.greenchannel.web.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds our error mapping to the Camunda REST application the starter registers. */
@Configuration
public class EngineRestConfiguration {

    @Bean
    public ResourceConfigCustomizer greenChannelEngineRestErrors() {
        return config -> config
                .register(EngineRestExceptionMappers.RestExceptions.class)
                .register(EngineRestExceptionMappers.EngineExceptions.class)
                .register(EngineRestExceptionMappers.RuleViolations.class)
                .register(EngineRestExceptionMappers.JsonParseErrors.class)
                .register(EngineRestExceptionMappers.JsonMappingErrors.class);
    }
}
