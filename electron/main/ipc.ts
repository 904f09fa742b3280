// Runs in the Electron main process. Binds the handler table to IPC: one channel per API
// method, each call checked for its sender (our own page, top frame) and its arguments
// (zod, in callHandler) before a handler runs.
import { pathToFileURL } from 'node:url';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, channelOf } from '../../shared/api.ts';
import { callHandler } from '../handlers/index.ts';
import { INDEX_HTML, sessionWindowOf } from './session-window.ts';

const APP_PAGE = pathToFileURL(INDEX_HTML).href;

function trustedWindow(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  const fromApp = frame !== null && frame.parent === null && frame.url.split('#')[0] === APP_PAGE;
  const entry = sessionWindowOf(event.sender.id);
  if (!fromApp || !entry) throw new Error('orgwork: refused a call from an unknown page or frame');
  return entry;
}

export function registerApi(): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => callHandler(trustedWindow(event).handlers, method, args));
  }
}
