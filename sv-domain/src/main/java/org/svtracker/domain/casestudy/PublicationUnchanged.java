package org.svtracker.domain.casestudy;

/** The case study is already as asked: publishing a published one or unpublishing a draft changes nothing. */
public final class PublicationUnchanged extends IllegalStateException {

    private PublicationUnchanged(String message) {
        super(message);
    }

    public static PublicationUnchanged alreadyPublished() {
        return new PublicationUnchanged("This case study is already published");
    }

    public static PublicationUnchanged notPublished() {
        return new PublicationUnchanged("Only a published case study can be unpublished");
    }
}
