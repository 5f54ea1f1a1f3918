// The tray icon, when the app is configured to keep running with the window closed: the scanner
// intake goes on in the background and the icon brings the window back or quits for real.
import { Menu, Tray, nativeImage } from 'electron';

export interface TrayActions {
  show(): void;
  quit(): void;
}

export function createTray(iconFile: string, actions: TrayActions): Tray {
  const image = nativeImage.createFromPath(iconFile).resize({ width: 16, height: 16 });
  const tray = new Tray(image);
  tray.setToolTip('E-Poststelle: Posteingang wird verarbeitet');
  tray.setContextMenu(Menu.buildFromTemplate([
    { label: 'E-Poststelle öffnen', click: actions.show },
    { type: 'separator' },
    { label: 'Beenden (Verarbeitung stoppen)', click: actions.quit },
  ]));
  tray.on('click', actions.show);
  return tray;
}
