package io.claimscore.text;

import io.claimscore.model.Span;

import java.util.List;

/** The text's blocks in order. */
public record Layout(List<Block> blocks) {

    public Layout {
        blocks = List.copyOf(blocks);
    }

    public List<Span> body() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.BODY).map(Block::span).toList();
    }
}
