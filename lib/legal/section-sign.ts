/** "§ 135" with a no-break space, so that a line never breaks between the sign and the number. */
export const keepSectionNumber = (text: string) => text.replace(/(§§?) (?=\d)/g, "$1\u00a0");
