package org.birge.portal.testsupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Validates beans with Hibernate Validator outside a container, as the container would. */
public final class BeanValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BeanValidation() {
    }

    /**
     * The violations of {@code bean}, as property path mapped to message template (such as
     * {@code {validation.name.kk.required}}); the template, not the interpolated text, is what the bundles
     * of the interface translate.
     */
    public static Map<String, String> violations(Object bean) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
        Map<String, String> templates = new TreeMap<>();
        for (ConstraintViolation<Object> violation : violations) {
            String previous = templates.put(violation.getPropertyPath().toString(), violation.getMessageTemplate());
            if (previous != null) {
                throw new AssertionError("two violations on " + violation.getPropertyPath() + ": " + previous
                        + " and " + violation.getMessageTemplate());
            }
        }
        return templates;
    }
}
