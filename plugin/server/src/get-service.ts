import type { Core } from '@strapi/strapi';
import type services from './services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<K extends ServiceName> = ReturnType<Services[K]>;

export const getService = <K extends ServiceName>(strapi: Core.Strapi, name: K): Service<K> => strapi.plugin('showrunner').service(name) as Service<K>;
