/**
 * What the user reads when the window crashes or hangs (crash-recovery.ts): plain French, saying what
 * happened to their work and what each button does. Outside the renderer's translation files because the
 * page is exactly what is not working at that moment.
 */
export const CRASH_TEXT = Object.freeze({
  reloaded: {
    title: 'Passerelle',
    message: 'La fenêtre de Passerelle s’est fermée à cause d’un incident et vient d’être rechargée.',
    detail:
      'Les données déjà enregistrées sont intactes et vous restez connecté. Ce qui était en train d’être saisi, et pas encore enregistré, est peut-être à retaper.',
    buttons: ['OK'],
  },
  crashedAgain: {
    title: 'Passerelle',
    message: 'La fenêtre de Passerelle s’est de nouveau fermée à cause d’un incident.',
    detail:
      'Elle s’est fermée deux fois en peu de temps : Passerelle ne la recharge plus toute seule. Les données déjà enregistrées sont intactes. Vous pouvez la recharger, ou quitter Passerelle et la relancer. Si cela se répète, signalez-le au support en joignant le dossier des journaux (menu Aide).',
    buttons: ['Recharger', 'Quitter Passerelle'],
  },
  hung: {
    title: 'Passerelle ne répond pas',
    message: 'La fenêtre de Passerelle ne répond plus.',
    detail:
      'Vous pouvez attendre qu’elle se débloque (par exemple à la fin d’un long calcul), ou la recharger. Recharger efface ce qui était en train d’être saisi et pas encore enregistré ; les données enregistrées sont intactes et vous restez connecté.',
    buttons: ['Recharger', 'Attendre'],
  },
});
