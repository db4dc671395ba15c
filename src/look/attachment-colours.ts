/**
 * Colours of the attachment footprints, shared by the model and the panel's legend: origins teal,
 * insertions violet (apart from the rank palette and the bone's ivory). Never the only cue: the
 * hover label and the card say which is which.
 */
export const attachmentColours = { origin: '#169c8a', insertion: '#7d55c7' } as const;
