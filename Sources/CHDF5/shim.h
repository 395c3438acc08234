#include <hdf5.h>

// HDF5's predefined types and defaults are macros that open the library and read a global,
// which Swift cannot import: these hand them over as functions.
static inline hid_t chdf5_default(void) { return H5P_DEFAULT; }
static inline hid_t chdf5_all(void) { return H5S_ALL; }
static inline hid_t chdf5_native_float(void) { return H5T_NATIVE_FLOAT; }
static inline hid_t chdf5_native_double(void) { return H5T_NATIVE_DOUBLE; }
static inline hid_t chdf5_native_int32(void) { return H5T_NATIVE_INT32; }
static inline hid_t chdf5_native_int64(void) { return H5T_NATIVE_INT64; }
static inline hid_t chdf5_native_uint8(void) { return H5T_NATIVE_UINT8; }
static inline hid_t chdf5_c_string(void) { return H5T_C_S1; }
static inline unsigned chdf5_create_truncate(void) { return H5F_ACC_TRUNC; }
static inline unsigned chdf5_read_only(void) { return H5F_ACC_RDONLY; }
// Errors become exceptions with our own messages; HDF5's default handler would print its
// error stack on stderr.
static inline void chdf5_silence_errors(void) { H5Eset_auto2(H5E_DEFAULT, NULL, NULL); }
