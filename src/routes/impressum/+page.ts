// Legal text: plain HTML, no JavaScript needed.
export const csr = false;
