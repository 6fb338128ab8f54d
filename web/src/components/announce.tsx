import type { MessageInstance } from 'antd/es/message/interface';

/**
 * A success message that screen readers announce (role="status"): what a clerk hears after
 * filing, closing or assigning is what the page shows, and tests find it by its role.
 */
export function announce(message: MessageInstance, text: string, duration?: number): void {
  void message.success({ content: <span role="status">{text}</span>, ...(duration ? { duration } : {}) });
}
