package org.relapseguide.content;

/** The in-memory repository keeps the content contract. */
class InMemoryContentRepositoryTest extends ContentRepositoryContract {

    @Override
    protected ContentRepository repository(ContentSet content) {
        return new InMemoryContentRepository(content);
    }
}
