// The landing page is static text and links: no JavaScript needed to use it.
export const csr = false;
