export type InstallMode = 'auto' | 'always' | 'never';
