package org.birge.portal.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A name of reference data in the three languages of the portal; all three are required. */
@Embeddable
public class LocalizedName {

    public static final int MAX_LENGTH = 120;

    @NotBlank(message = "{validation.name.kk.required}")
    @Size(max = MAX_LENGTH, message = "{validation.name.length}")
    @Column(name = "name_kk", nullable = false, length = MAX_LENGTH)
    private String kk;

    @NotBlank(message = "{validation.name.ru.required}")
    @Size(max = MAX_LENGTH, message = "{validation.name.length}")
    @Column(name = "name_ru", nullable = false, length = MAX_LENGTH)
    private String ru;

    @NotBlank(message = "{validation.name.en.required}")
    @Size(max = MAX_LENGTH, message = "{validation.name.length}")
    @Column(name = "name_en", nullable = false, length = MAX_LENGTH)
    private String en;

    protected LocalizedName() {
    }

    public LocalizedName(String kk, String ru, String en) {
        this.kk = trim(kk);
        this.ru = trim(ru);
        this.en = trim(en);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    /** {@code name} when it has all three languages, none blank or too long; refused with the first problem's key. */
    public static LocalizedName require(LocalizedName name) {
        if (name == null) {
            throw new DomainException("validation.name.required");
        }
        for (Language language : Language.values()) {
            String text = name.in(language);
            if (text == null || text.isBlank()) {
                throw new DomainException("validation.name." + language.code() + ".required");
            }
            if (text.length() > MAX_LENGTH) {
                throw new DomainException("validation.name.length");
            }
        }
        return name;
    }

    public String in(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    public String getKk() {
        return kk;
    }

    public String getRu() {
        return ru;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedName that
                && Objects.equals(kk, that.kk) && Objects.equals(ru, that.ru) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kk, ru, en);
    }

    @Override
    public String toString() {
        return en + " / " + ru + " / " + kk;
    }
}
