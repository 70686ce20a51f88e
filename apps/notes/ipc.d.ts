// IPC types of notes, written by `shell types` from its @IpcEndpoint
// methods: do not edit, run it again. Use with cefshell.d.ts, whose ipcRenderer.invoke
// checks the arguments and result of each channel below.

declare namespace CefShell {
  namespace Ipc {
    /** Java record notes.NoteStore.Note */
    export interface Note {
      id: Ipc.NoteId;
      text: string;
      priority: Ipc.Priority;
      saved: Date;
    }
    /** Java record notes.NoteStore.NoteId */
    export interface NoteId {
      value: string;
    }
    /** Java enum notes.NoteStore.Priority */
    export type Priority = 'LOW' | 'NORMAL' | 'HIGH';
  }

  interface IpcInvokeChannels {
    /** NoteStore.list */
    'notes:list': { args: []; result: Ipc.Note[] };
    /** NoteStore.remove */
    'notes:remove': { args: [id: Ipc.NoteId]; result: boolean };
    /** NoteStore.save */
    'notes:save': { args: [text: string, priority?: Ipc.Priority | undefined]; result: Ipc.Note };
  }
}
