package io.claimscore.function;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.claimscore.pipeline.ArticleInput;

/**
 * The JSON body of {@code POST /score}. Every field is a JSON string or absent/null: {@link StrictStringDeserializer}
 * rejects numbers, booleans, objects and arrays instead of letting Jackson coerce {@code 42} into {@code "42"}.
 * Unknown fields are ignored (clients may send whatever metadata they have); names match case-insensitively,
 * as Funqy's own mapper does, so the request gate and Funqy always agree on what a body means.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record ScoreRequest(
        @JsonDeserialize(using = StrictStringDeserializer.class) String text,
        @JsonDeserialize(using = StrictStringDeserializer.class) String html,
        @JsonDeserialize(using = StrictStringDeserializer.class) String title,
        @JsonDeserialize(using = StrictStringDeserializer.class) String url,
        @JsonDeserialize(using = StrictStringDeserializer.class) String publishedAt,
        @JsonDeserialize(using = StrictStringDeserializer.class) String language) {

    public ArticleInput toArticleInput() {
        return new ArticleInput(text, html, title, url, publishedAt, language);
    }
}
