export * from './aadhaar';
export * from './contact';
export * from './gstin';
export * from './kyc-schemas';
export * from './money';
export * from './pan';
export * from './schedule';
export * from './verhoeff';
