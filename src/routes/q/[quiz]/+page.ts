// As the landing page: static text and a link, no JavaScript needed.
export const csr = false;
