package org.ariadne.funding.config;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every decimal this API answers — amounts, rates, percentages — is a JSON string in plain notation ("129999.04",
 * "99.9993"), never a JSON number: clients that read numbers as binary floating point cannot lose a cent, and a value
 * never turns into an exponent. Requests send amounts as strings too.
 */
@Configuration(proxyBeanMethods = false)
class DecimalsAsStrings {

    @Bean
    JsonMapperBuilderCustomizer plainDecimalStrings() {
        SimpleModule module = new SimpleModule("funding-decimals");
        module.addSerializer(BigDecimal.class, new ValueSerializer<BigDecimal>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.toPlainString());
            }
        });
        return builder -> builder.addModule(module);
    }
}
