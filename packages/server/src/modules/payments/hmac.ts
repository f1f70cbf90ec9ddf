import { createHmac } from 'node:crypto';
import type { Hmac512 } from '@motcua/core';

export const hmacSha512: Hmac512 = (secret, data) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');
