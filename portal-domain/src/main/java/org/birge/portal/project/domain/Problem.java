package org.birge.portal.project.domain;

import java.util.List;
import org.birge.portal.shared.domain.Localizable;

/** A rule a proposal does not meet yet, as a message key of the interface bundles and its arguments. */
public record Problem(String messageKey, List<Object> arguments) implements Localizable {

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }

    @Override
    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public List<Object> getArguments() {
        return arguments;
    }
}
