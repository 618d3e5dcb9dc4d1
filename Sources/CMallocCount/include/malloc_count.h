#ifndef JC_MALLOC_COUNT_H
#define JC_MALLOC_COUNT_H
/// Calls to malloc, calloc, realloc and posix_memalign/aligned_alloc since the program started
/// (only in a program that links this target: it interposes those functions).
unsigned long jc_malloc_count(void);
#endif
