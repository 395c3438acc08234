#ifndef CPROCESSSETUP_H
#define CPROCESSSETUP_H

/// Nothing to call: the target sets the process environment from `.preinit_array`, before any
/// shared library's constructor runs. The header exists because SwiftPM C targets need one.
int cellgrad_process_setup_done(void);

#endif
